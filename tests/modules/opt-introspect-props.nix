# Option definitions after properties: mkIf false and overridden definitions are gone, mkOrder sorts, mkMerge splits; highestPrio.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      { options.xs = lib.mkOption { type = lib.types.listOf lib.types.int; default = [ 0 ]; };
        options.s = lib.mkOption { type = lib.types.str; default = "d"; };
        options.n = lib.mkOption { type = lib.types.int; default = 1; }; }
      { _file = ./opt-introspect-props/one.nix; xs = lib.mkMerge [ [ 1 ] (lib.mkIf false [ 99 ]) (lib.mkAfter [ 2 ]) ]; s = lib.mkDefault "x"; }
      { _file = ./opt-introspect-props/two.nix; xs = lib.mkBefore [ 3 ]; s = lib.mkForce "y"; }
      { _file = ./opt-introspect-props/three.nix; s = "z"; }
    ];
  };
  show = o: { inherit (o) definitions files highestPrio isDefined value; };
in
{
  xs = show eval.options.xs;
  s = show eval.options.s;
  n = show eval.options.n;
}
