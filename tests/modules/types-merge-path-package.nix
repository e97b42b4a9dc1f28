# path (strings and path values) and package (derivation-like sets) definitions.
{ lib }:
let
  inherit (lib) mkOption types;
  drv = { type = "derivation"; name = "hello-2.12"; outPath = "/nix/store/00000000000000000000000000000000-hello-2.12"; };
in
(lib.evalModules {
  modules = [
    {
      options = {
        p = mkOption { type = types.path; };
        same = mkOption { type = types.path; };
        pkg = mkOption { type = types.package; };
        pkgs = mkOption { type = types.listOf types.package; default = [ ]; };
        maybe = mkOption { type = types.nullOr types.package; default = null; };
      };
      config = { p = "/etc/hosts"; same = "/srv"; pkg = drv; pkgs = [ drv ]; };
    }
    { same = "/srv"; pkgs = [ (drv // { name = "other"; }) ]; }
    { pkg = lib.mkDefault (drv // { name = "ignored"; }); }
  ];
}).config
