# A submodule without options and a definition in it: the "no options defined in" hint.
{ lib }:
(lib.evalModules {
  modules = [
    { options.box = lib.mkOption { type = lib.types.submodule { config = { }; }; default = { }; }; }
    { _file = ./err-submodule-no-options.nix; box.size = 3; }
  ];
}).config
