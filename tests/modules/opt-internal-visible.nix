# internal and visible are kept on the option as given and change nothing about the value.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      {
        options.a = lib.mkOption { type = lib.types.int; default = 1; internal = true; };
        options.b = lib.mkOption { type = lib.types.int; default = 2; visible = false; };
        options.c = lib.mkOption { type = lib.types.int; default = 3; visible = "shallow"; };
      }
      { b = 20; }
    ];
  };
  o = eval.options;
in
{
  inherit (eval) config;
  aInternal = o.a.internal;
  bVisible = o.b.visible;
  cVisible = o.c.visible;
  aHasVisible = o.a ? visible;
}
