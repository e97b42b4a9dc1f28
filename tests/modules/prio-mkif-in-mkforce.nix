# mkIf inside mkForce at option level is not discharged: the mkIf is left as the value, which fails the type check.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-mkif-in-mkforce/module.nix ];
}).config
