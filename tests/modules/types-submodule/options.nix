{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.services = mkOption {
    default = { };
    type = types.attrsOf (types.submodule ({ name, config, ... }: {
      options = {
        enable = mkOption { type = types.bool; default = false; };
        user = mkOption { type = types.str; default = name; };
        port = mkOption { type = types.nullOr types.port; default = null; };
        flags = mkOption { type = types.listOf types.str; default = [ ]; };
        summary = mkOption { type = types.str; readOnly = true; };
      };
      config.summary = "${name}:${config.user}:${toString config.enable}";
    }));
  };
  options.main = mkOption {
    type = types.submodule ./main.nix;
    default = { };
  };
}
