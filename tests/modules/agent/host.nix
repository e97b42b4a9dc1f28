{ lib, ... }:
{
  agent.enable = true;
  services.agent.dataDir = "/srv/agent";
  services.agent.extraArgs = "-verbose";
  services.agent.settings = {
    log_level = "DEBUG";
    client = { enabled = true; servers = [ "10.0.0.1:4647" ]; };
    telemetry.collection_interval = "1s";
  };
  services.agent.plugins = [
    { name = "docker"; args.volumes.enabled = true; }
    { name = "raw_exec"; }
  ];
}
