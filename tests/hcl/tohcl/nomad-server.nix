{ lib }:
let
  servers = [ "atlas" "hermes" "iris" ];
in
{
  name = "atlas";
  region = "home";
  data_dir = "/var/lib/nomad";

  server = {
    enabled = true;
    bootstrap_expect = lib.length servers;
    server_join = {
      retry_join = map (s: "${s}.wg") servers;
      retry_interval = "15s";
    };
    default_scheduler_config = {
      scheduler_algorithm = "spread";
      preemption_config = {
        system_scheduler_enabled = true;
        service_scheduler_enabled = false;
      };
    };
  };

  acl = { enabled = true; token_ttl = "30s"; };

  tls = {
    http = true;
    rpc = true;
    ca_file = "/etc/nomad.d/tls/ca.pem";
    cert_file = "/etc/nomad.d/tls/server.pem";
    key_file = "/etc/nomad.d/tls/server-key.pem";
    verify_server_hostname = true;
  };

  telemetry = {
    collection_interval = "10s";
    prometheus_metrics = true;
    publish_node_metrics = true;
  };

  consul = {
    address = "127.0.0.1:8500";
    auto_advertise = true;
    tags = [ "homelab" ];
  };

  vault = {
    enabled = true;
    address = "https://vault.service.consul:8200";
    create_from_role = "nomad-cluster";
  };

  audit = {
    enabled = true;
    sink = {
      audit = { type = "file"; format = "json"; path = "/var/lib/nomad/audit.log"; delivery_guarantee = "enforced"; };
    };
    filter = {
      health = { type = "HTTPEvent"; endpoints = [ "/v1/agent/health" ]; stages = [ "*" ]; operations = [ "*" ]; };
    };
  };

  leave_on_terminate = true;
}
