# functionTo merges the results of all definitions with the result type.
{ lib }:
let
  inherit (lib) mkOption types;
  c = (lib.evalModules {
    modules = [
      {
        options = {
          list = mkOption { type = types.functionTo (types.listOf types.str); };
          set = mkOption { type = types.functionTo (types.attrsOf types.int); };
          lines = mkOption { type = types.functionTo types.lines; };
          sub = mkOption {
            type = types.functionTo (types.submodule {
              options.a = mkOption { type = types.int; default = 0; };
              options.b = mkOption { type = types.str; default = "b"; };
            });
          };
          fromDefault = mkOption { type = types.functionTo types.int; default = x: x * 2; };
        };
        config = {
          list = x: [ "one-${x}" ];
          set = x: { a = x; };
          lines = x: "first ${x}";
          sub = x: { a = x; };
        };
      }
      {
        list = x: [ "two-${x}" ];
        set = x: { b = x + 1; c = lib.mkIf false 0; };
        lines = x: lib.mkBefore "zeroth ${x}";
        sub = x: { b = "from ${toString x}"; };
      }
      { list = lib.mkAfter (x: [ "three-${x}" ]); }
    ];
  }).config;
in
{
  list = c.list "x";
  set = c.set 10;
  lines = c.lines "line";
  sub = c.sub 5;
  fromDefault = c.fromDefault 21;
}
