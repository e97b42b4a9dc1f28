# A nullOr option defined both null and not null.
{ lib }:
(lib.evalModules {
  modules = [
    { options.root = lib.mkOption { type = lib.types.nullOr lib.types.str; }; }
    { _file = ./err-nullor-mixed/a.nix; root = null; }
    { _file = ./err-nullor-mixed/b.nix; root = "/srv"; }
  ];
}).config
