# A module that repeats an earlier module's key is dropped, but the disabledModules it lists still count.
{ lib }:
(lib.evalModules {
  modules = [
    { options.active = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    { key = "profile"; active = [ "profile 1" ]; }
    { key = "profile"; active = [ "profile 2" ]; disabledModules = [ ./mod-disabled-dup-key/extra.nix ]; }
    ./mod-disabled-dup-key/extra.nix
    ./mod-disabled-dup-key/other.nix
  ];
}).config
