# functionTo accepts a set with __functor as a function, and merges its results like any function's.
{ lib }:
let
  inherit (lib) mkOption types;
  callable = { __functor = self: x: [ (x + self.offset) ]; offset = 100; };
  eval = lib.evalModules {
    modules = [
      { options.f = mkOption { type = types.functionTo (types.listOf types.int); }; config.f = callable; }
      { f = x: [ x ]; }
    ];
  };
in
{
  check = map (types.functionTo types.int).check [ callable (x: x) { } ];
  merged = eval.config.f 1;
}
