# either and oneOf merge with the first type that takes every definition.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        listOrSet = mkOption { type = types.either (types.listOf types.int) (types.attrsOf types.int); };
        setOrList = mkOption { type = types.either (types.listOf types.int) (types.attrsOf types.int); };
        strOrLines = mkOption { type = types.either types.int types.lines; };
        intOrStr = mkOption { type = types.either types.int types.str; };
        single = mkOption { type = types.either types.bool types.str; };
        one = mkOption { type = types.oneOf [ types.bool types.int (types.listOf types.str) types.commas ]; };
        two = mkOption { type = types.oneOf [ types.bool types.int (types.listOf types.str) types.commas ]; };
        three = mkOption { type = types.oneOf [ types.bool types.int (types.listOf types.str) types.commas ]; };
      };
      config = { listOrSet = [ 1 ]; setOrList = { a = 1; }; strOrLines = "x"; intOrStr = 4; single = "only"; one = [ "a" ]; two = "a"; three = 5; };
    }
    { listOrSet = [ 2 ]; setOrList = { b = 2; }; strOrLines = "y"; intOrStr = 4; one = [ "b" ]; two = "b"; three = 5; }
  ];
}).config
