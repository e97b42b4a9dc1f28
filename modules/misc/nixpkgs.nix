# `pkgs`: the package catalog (modules/pkgs) every module receives, and
# the options that choose and change it.
{ config, lib, ... }:

let
  inherit (lib) mkOption types;
  cfg = config.nixpkgs;
in
{
  options.nixpkgs = {
    hostPlatform = mkOption {
      type = types.either types.str types.attrs;
      default = "x86_64-linux";
      example = "aarch64-linux";
      description = "The platform of the host (a system string such as x86_64-linux).";
    };
    overlays = mkOption {
      type = types.listOf (types.mkOptionType {
        name = "nixpkgs-overlay";
        description = "nixpkgs overlay";
        check = lib.isFunction;
        merge = lib.mergeOneOption;
      });
      default = [ ];
      example = lib.literalExpression ''[ (final: prev: { nomad = prev.nomad // { outPath = "/opt/nomad"; }; }) ]'';
      description = "Functions `final: prev: { … }` that change or add packages, applied in order.";
    };
    layout = mkOption {
      type = types.enum [ "fhs" "nix-store" ];
      default = "fhs";
      description = ''
        Where packages live on the host: "fhs" where Debian's and the
        vendors' packages install them (/usr, /opt/cni), "nix-store" in
        /nix/store paths computed as Nix computes them.
      '';
    };
  };

  config._module.args.pkgs = import ../pkgs {
    inherit lib;
    inherit (cfg) layout overlays;
    system = if builtins.isString cfg.hostPlatform then cfg.hostPlatform else cfg.hostPlatform.system or "x86_64-linux";
  };
}
