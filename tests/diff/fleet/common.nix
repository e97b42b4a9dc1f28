# What every host of the test fleet has.
{ config, lib, name, ... }:
{
  options.networking.address = lib.mkOption {
    type = lib.types.str;
    description = "The host's address on the lab network.";
  };

  config = {
    deployment.targetHost = config.networking.address;
    services.nomad = {
      enable = true;
      dropPrivileges = false;
      settings = {
        datacenter = "lab";
        bind_addr = config.networking.address;
        log_level = "INFO";
      };
    };
    environment.etc.motd.text = "${name}: managed by nomix\n";
  };
}
