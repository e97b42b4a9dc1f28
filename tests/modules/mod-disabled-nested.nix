# disabledModules count even in a module that is itself disabled, and in a duplicate of an already imported module.
{ lib }:
(lib.evalModules {
  modules = [
    { options.active = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ ]; }; }
    ./mod-disabled-nested/a.nix
    ./mod-disabled-nested/b.nix
    ./mod-disabled-nested/c.nix
    ./mod-disabled-nested/d.nix
  ];
}).config
