# apply runs once on the merged value (after priorities), and `options.x.value' is the applied value.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      {
        options.xs = lib.mkOption {
          type = lib.types.listOf lib.types.int;
          default = [ 100 ];
          apply = xs: [ (builtins.length xs) ] ++ map (x: x * 2) xs;
        };
        options.name = lib.mkOption {
          type = lib.types.str;
          apply = s: "<${s}>";
        };
        options.onlyDefault = lib.mkOption {
          type = lib.types.int;
          default = 1;
          apply = x: x + 10;
        };
      }
      { xs = [ 1 ]; name = lib.mkDefault "default"; }
      { xs = [ 2 3 ]; name = "final"; }
    ];
  };
in
{
  inherit (eval) config;
  xsValue = eval.options.xs.value;
  xsDefinitions = eval.options.xs.definitions;
  nameDefinitions = eval.options.name.definitions;
}
