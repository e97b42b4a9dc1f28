# An option of type int declared where another module declares options below it.
{ lib }:
(lib.evalModules {
  modules = [
    { _file = ./err-parent-option/a.nix; options.web = lib.mkOption { type = lib.types.int; }; }
    { _file = ./err-parent-option/b.nix; options.web.port = lib.mkOption { type = lib.types.int; }; }
  ];
}).config
