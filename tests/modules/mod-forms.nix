# A module may be an attribute set, a function, a path to either, or a path to a file whose function asks for nothing.
{ lib }:
(lib.evalModules {
  modules = [
    { options.seen = lib.mkOption { type = lib.types.listOf lib.types.str; }; }
    { seen = [ "attrset" ]; }
    ({ lib, ... }: { seen = lib.singleton "function"; })
    (args: { seen = [ "function with @-pattern only: ${toString (args ? config)}" ]; })
    ./mod-forms/set.nix
    ./mod-forms/function.nix
    "${toString ./mod-forms/string-path.nix}"
  ];
}).config
