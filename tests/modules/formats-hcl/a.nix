{ lib, ... }:
{
  options.settings = lib.mkOption { type = (lib.formats.hcl { }).type; default = { }; };
  config.settings = {
    datacenter = "home";
    client = { enabled = true; servers = [ "10.0.0.1:4647" ]; };
    plugin.docker.config.volumes.enabled = true;
  };
}
