{ lib, ... }:
{
  services.agent.settings.client.meta.rack = "r1";
  services.agent.settings.telemetry.prometheus_metrics = true;
}
