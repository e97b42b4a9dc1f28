# mkOverride around the value of an attrsOf option is not pushed down: the forced set replaces the other definitions whole.
{ lib }:
let
  inherit (lib) mkOption mkForce mkDefault types;
in
(lib.evalModules {
  modules = [
    {
      options.forced = mkOption { type = types.attrsOf types.int; };
      options.defaulted = mkOption { type = types.attrsOf types.int; };
      options.perAttr = mkOption { type = types.attrsOf types.int; };
    }
    {
      forced = mkForce { a = 1; };
      defaulted = mkDefault { a = 1; b = 1; };
      perAttr = { a = mkForce 1; b = mkDefault 1; };
    }
    {
      forced = { b = 2; };
      defaulted.a = 2;
      perAttr = { a = 2; b = 2; c = 2; };
    }
  ];
}).config
