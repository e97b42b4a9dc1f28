# An option without a type: unspecified, merged by mergeDefaultOption (lists joined, sets updated, bools or-ed, strings joined, equal ints).
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      {
        options = {
          list = lib.mkOption { };
          set = lib.mkOption { };
          bool = lib.mkOption { };
          str = lib.mkOption { };
          int = lib.mkOption { };
          one = lib.mkOption { default = 5; };
        };
      }
      { list = [ 1 ]; set = { a = 1; b = 1; }; bool = false; str = "ab"; int = 3; }
      { list = [ 2 ]; set = { b = 2; }; bool = true; str = "cd"; int = 3; one = { x = 1; }; }
    ];
  };
in
{
  inherit (eval) config;
  type = eval.options.list.type.description;
  typeName = eval.options.list.type.name;
}
