# specialArgs are module arguments that `imports' can already use, and _module.specialArgs shows them.
{ lib }:
let
  eval = lib.evalModules {
    specialArgs = { profiles = ./mod-special-args/profiles; flavour = "server"; };
    modules = [ ./mod-special-args/host.nix ];
  };
in
{
  inherit (eval) config;
  special = builtins.attrNames eval._module.specialArgs;
}
