# lazyAttrsOf keeps names whose definitions are all mkIf false (empty value or an error); attrsOf drops them.
{ lib }:
let
  inherit (lib) mkOption types;
  eval = lib.evalModules {
    modules = [
      {
        options = {
          eager = mkOption { type = types.attrsOf types.int; };
          lazyInt = mkOption { type = types.lazyAttrsOf types.int; };
          lazyNull = mkOption { type = types.lazyAttrsOf (types.nullOr types.str); };
          lazyList = mkOption { type = types.lazyAttrsOf (types.listOf types.int); };
          lazySelf = mkOption { type = types.lazyAttrsOf types.int; };
        };
        config = {
          eager = { a = 1; off = lib.mkIf false 2; };
          lazyInt = { a = 1; off = lib.mkIf false 2; };
          lazyNull = { off = lib.mkIf false "x"; };
          lazyList = { off = lib.mkIf false [ 1 ]; b = [ 2 ]; };
          lazySelf = { a = 1; b = 2; };
        };
      }
      { lazyList.b = [ 3 ]; lazySelf.c = 3; }
    ];
  };
  c = eval.config;
in
{
  eagerNames = builtins.attrNames c.eager;
  lazyNames = builtins.attrNames c.lazyInt;
  lazyA = c.lazyInt.a;
  lazyOff = builtins.tryEval c.lazyInt.off;
  hasOff = c.lazyInt ? off;
  inherit (c) lazyNull lazyList lazySelf;
}
