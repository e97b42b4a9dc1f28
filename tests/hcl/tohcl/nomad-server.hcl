data_dir           = "/var/lib/nomad"
leave_on_terminate = true
name               = "atlas"
region             = "home"

acl {
  enabled   = true
  token_ttl = "30s"
}

audit {
  enabled = true

  filter "health" {
    endpoints  = ["/v1/agent/health"]
    operations = ["*"]
    stages     = ["*"]
    type       = "HTTPEvent"
  }

  sink "audit" {
    delivery_guarantee = "enforced"
    format             = "json"
    path               = "/var/lib/nomad/audit.log"
    type               = "file"
  }
}

consul {
  address        = "127.0.0.1:8500"
  auto_advertise = true
  tags           = ["homelab"]
}

server {
  bootstrap_expect = 3
  enabled          = true

  default_scheduler_config {
    scheduler_algorithm = "spread"

    preemption_config {
      service_scheduler_enabled = false
      system_scheduler_enabled  = true
    }
  }

  server_join {
    retry_interval = "15s"
    retry_join     = ["atlas.wg", "hermes.wg", "iris.wg"]
  }
}

telemetry {
  collection_interval  = "10s"
  prometheus_metrics   = true
  publish_node_metrics = true
}

tls {
  ca_file                = "/etc/nomad.d/tls/ca.pem"
  cert_file              = "/etc/nomad.d/tls/server.pem"
  http                   = true
  key_file               = "/etc/nomad.d/tls/server-key.pem"
  rpc                    = true
  verify_server_hostname = true
}

vault {
  address          = "https://vault.service.consul:8200"
  create_from_role = "nomad-cluster"
  enabled          = true
}
