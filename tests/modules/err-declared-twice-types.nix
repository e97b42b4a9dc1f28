# An option declared in two files with incompatible types.
{ lib }:
(lib.evalModules {
  modules = [
    { _file = ./err-declared-twice-types/a.nix; options.port = lib.mkOption { type = lib.types.int; }; }
    { _file = ./err-declared-twice-types/b.nix; options.port = lib.mkOption { type = lib.types.str; }; }
  ];
}).config
