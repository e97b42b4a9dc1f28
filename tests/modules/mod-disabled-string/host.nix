{ modulesPath, ... }:
{
  imports = [ (modulesPath + "/base.nix") ];
  disabledModules = [ "services/old.nix" "${toString modulesPath}/services/extra.nix" ];
  enabled = [ "host" ];
}
