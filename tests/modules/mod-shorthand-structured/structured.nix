{ lib, ... }:
{
  _file = "structured-file";
  key = "structured-key";
  imports = [ ];
  disabledModules = [ ];
  options.name = lib.mkOption { type = lib.types.str; };
  options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config = {
    tags = [ "structured" ];
  };
}
