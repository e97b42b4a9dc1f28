{ lib, ... }:
{
  settings = {
    client.servers = [ "10.0.0.2:4647" ];
    client.cpu_total_compute = 4000;
    client.network_interface = null;
    plugin.raw_exec.config.enabled = false;
    telemetry.collection_interval = "1s";
    telemetry.ratio = 0.25;
  };
}
