# unspecified merges several function definitions into a function of their merged results.
{ lib }:
let
  inherit (lib) mkOption;
  eval = lib.evalModules {
    modules = [
      { options.f = mkOption { }; config.f = x: { value = [ x ]; }; }
      { f = x: { value = [ (x * 2) ]; }; }
    ];
  };
in
eval.config.f 5
