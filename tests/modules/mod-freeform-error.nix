# A free-form definition that the freeform type rejects is an error naming its full option path and file.
{ lib }:
(lib.evalModules {
  modules = [
    { freeformType = lib.types.attrsOf lib.types.int; }
    ./mod-freeform-error/settings.nix
  ];
}).config
