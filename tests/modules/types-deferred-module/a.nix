{ config, ... }:
{
  common = { packages = [ "vim" ]; };
  machines.alpha = { imports = [ config.common ]; packages = [ "git" ]; };
  machines.beta = { imports = [ config.common ]; };
}
