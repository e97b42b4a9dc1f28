# freeformType (an optionType option) set by two modules: enum values join, submodule options join.
{ lib }:
let
  inherit (lib) mkOption types;
  eval = lib.evalModules {
    modules = [
      ./types-optiontype-freeform/a.nix
      ./types-optiontype-freeform/b.nix
      { heater = "high"; }
    ];
  };
  subs = lib.evalModules {
    modules = [ ./types-optiontype-freeform/sub-a.nix ./types-optiontype-freeform/sub-b.nix ];
  };
  holder = lib.evalModules {
    modules = [
      { options.t = mkOption { type = types.optionType; }; config.t = types.listOf (types.enum [ "a" ]); }
      { t = types.listOf (types.enum [ "b" "a" ]); }
    ];
  };
  single = lib.evalModules {
    modules = [ { options.t = mkOption { type = types.optionType; }; config.t = types.port; } ];
  };
in
{
  config = eval.config;
  freeform = eval._module.freeformType.description;
  submodules = subs.config;
  merged = holder.config.t.description;
  mergedChecks = map holder.config.t.check [ [ "a" ] "a" ];
  single = single.config.t.description;
  typeOfOption = holder.options.t.type.description;
}
