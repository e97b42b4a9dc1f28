{ lib, ... }:
{
  options.packages = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "default" ]; };
  options.shell = lib.mkOption { type = lib.types.str; default = "bash"; };
  options.editor = lib.mkOption { type = lib.types.str; default = "nano"; };
  options.ordered = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.editor = lib.mkDefault "vi";
}
