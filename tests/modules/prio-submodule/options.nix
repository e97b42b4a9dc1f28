{ lib, ... }:
let
  inherit (lib) mkOption mkDefault types;
  user = { name, config, ... }: {
    options.home = mkOption { type = types.str; default = "/home/${name}"; };
    options.shell = mkOption { type = types.str; default = "bash"; };
    options.groups = mkOption { type = types.listOf types.str; default = [ "users" ]; };
    config.shell = mkDefault "sh";
    config.groups = lib.mkIf (name == "root") [ "wheel" ];
  };
in
{
  options.users = mkOption { type = types.attrsOf (types.submodule user); default = { }; };
  config.users.root.home = mkDefault "/root";
  config.users.alice = { };
}
