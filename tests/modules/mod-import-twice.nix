# A module imported twice, directly and through other modules (by path and by string), counts once.
{ lib }:
(lib.evalModules {
  modules = [
    ./mod-import-twice/common.nix
    ./mod-import-twice/a.nix
    ./mod-import-twice/b.nix
    ./mod-import-twice/common.nix
  ];
}).config
