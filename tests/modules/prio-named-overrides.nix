# The named priorities: mkVMOverride (10) < mkForce (50) < mkImageMediaOverride (60) < plain (100).
{ lib }:
let
  inherit (lib) mkOption types mkForce mkVMOverride mkImageMediaOverride mkDefault;
  opt = mkOption { type = types.str; default = "default"; };
  eval = lib.evalModules {
    modules = [
      { options = lib.genAttrs [ "imageVsPlain" "forceVsImage" "vmVsForce" "vmVsAll" "forceVsDefault" ] (_: opt); }
      {
        imageVsPlain = mkImageMediaOverride "image";
        forceVsImage = mkImageMediaOverride "image";
        vmVsForce = mkForce "force";
        vmVsAll = mkImageMediaOverride "image";
        forceVsDefault = mkDefault "mkDefault";
      }
      {
        imageVsPlain = "plain";
        forceVsImage = mkForce "force";
        vmVsForce = mkVMOverride "vm";
        vmVsAll = mkVMOverride "vm";
        forceVsDefault = mkForce "force";
      }
      { vmVsAll = mkForce "force"; }
      { vmVsAll = "plain"; }
    ];
  };
in
{
  inherit (eval) config;
  prios = lib.mapAttrs (_: o: o.highestPrio) (removeAttrs eval.options [ "_module" ]);
  constants = {
    inherit (lib.modules) defaultOverridePriority;
    mkForce = (mkForce null).priority;
    mkVMOverride = (mkVMOverride null).priority;
    mkImageMediaOverride = (mkImageMediaOverride null).priority;
    mkDefault = (mkDefault null).priority;
    mkOptionDefault = (lib.mkOptionDefault null).priority;
  };
}
