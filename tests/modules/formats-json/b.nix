{ config, lib, ... }:
{
  settings = {
    client.servers = [ "10.0.0.2:4647" ];
    client.meta."rack id" = "r2";
    plugin = null;
    ports = [ ];
  };
  file = (lib.formats.json { }).generate "agent.json" config.settings;
}
