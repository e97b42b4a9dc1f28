# Two different lists in an `anything' option conflict.
{ lib }:
(lib.evalModules {
  modules = [
    { options.settings = lib.mkOption { type = lib.types.attrsOf lib.types.anything; }; }
    { _file = ./err-conflict-anything-lists/a.nix; settings.servers = [ "a" ]; }
    { _file = ./err-conflict-anything-lists/b.nix; settings.servers = [ "b" ]; }
  ];
}).config
