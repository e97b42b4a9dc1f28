# mkEnableOption: a bool, false by default, example true, "Whether to enable NAME."
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      {
        options.services.foo.enable = lib.mkEnableOption "the foo service";
        options.services.bar.enable = lib.mkEnableOption "bar";
      }
      { services.bar.enable = true; }
    ];
  };
  o = eval.options.services.foo.enable;
in
{
  inherit (eval) config;
  inherit (o) default example description;
  type = o.type.description;
  fooDefined = o.isDefined;
}
