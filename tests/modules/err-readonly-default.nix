# A read-only option with a default and one definition.
{ lib }:
(lib.evalModules {
  modules = [
    { _file = ./err-readonly-default/decl.nix; options.version = lib.mkOption { type = lib.types.str; default = "1.0"; readOnly = true; }; }
    { _file = ./err-readonly-default/user.nix; version = "2.0"; }
  ];
}).config
