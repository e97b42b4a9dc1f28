# What every host of the fleet has: its address (an option of our own),
# Nomad with the fleet's datacenter, and a message of the day.
{ config, lib, datacenter, name, ... }:
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
        inherit datacenter;
        bind_addr = config.networking.address;
        log_level = "INFO";
      };
    };
    environment.etc.motd.text = "${name}: part of the ${datacenter} lab, managed by nomix\n";
  };
}
