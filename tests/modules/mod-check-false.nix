# _module.check = false lets definitions of undeclared options pass (they do not appear in config); in a submodule it relaxes only that submodule.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      { options.known = lib.mkOption { type = lib.types.int; default = 1; }; }
      { _module.check = false; }
      { unknown = 2; known = 3; nested.unknown.deep = "x"; }
      { options.group.a = lib.mkOption { type = lib.types.int; default = 0; }; }
      { group.b = 5; }
      {
        options.loose = lib.mkOption {
          type = lib.types.submodule { config._module.check = false; options.a = lib.mkOption { type = lib.types.int; default = 0; }; };
          default = { };
        };
        config.loose = { a = 1; b = 2; };
      }
    ];
  };
in
{
  inherit (eval) config;
  check = eval._module.check;
  strictSubmodule = builtins.tryEval ((lib.evalModules {
    modules = [
      { options.strict = lib.mkOption { type = lib.types.submodule { options.a = lib.mkOption { type = lib.types.int; default = 0; }; }; default = { }; }; }
      { strict.b = 2; }
    ];
  }).config.strict);
}
