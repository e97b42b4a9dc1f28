# An option declared in two files, both with a default.
{ lib }:
(lib.evalModules {
  modules = [
    { _file = ./err-declared-twice/a.nix; options.port = lib.mkOption { type = lib.types.int; default = 1; }; }
    { _file = ./err-declared-twice/b.nix; options.port = lib.mkOption { type = lib.types.int; default = 2; }; }
  ];
}).config
