{ lib, ... }:
{
  settings = {
    client.servers = [ "10.0.0.2:4647" ];
    client.meta.rack = "r2";
    plugin = null;
  };
}
