# coercedTo converts the matching definitions, then merges all of them with the final type.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        list = mkOption { type = types.coercedTo types.str (s: [ s ]) (types.listOf types.str); };
        set = mkOption { type = types.coercedTo (types.listOf types.str) (l: lib.genAttrs l (_: true)) (types.attrsOf types.bool); };
        number = mkOption { type = types.coercedTo types.int toString types.str; };
        kept = mkOption { type = types.coercedTo types.int toString types.str; default = 8080; };
        nested = mkOption { type = types.attrsOf (types.coercedTo types.bool (b: if b then "yes" else "no") types.str); };
      };
      config = { list = "a"; set = [ "x" "y" ]; number = 42; nested = { a = true; b = "maybe"; }; };
    }
    { list = [ "b" "c" ]; set = { z = true; w = false; }; number = "42"; nested.c = false; }
    { list = "d"; }
  ];
}).config
