# nomad.hcl for "atlas", a server and client in a three-node homelab.
name       = "atlas"
region     = "home"
datacenter = "basement"
data_dir   = "/var/lib/nomad"
plugin_dir = "/var/lib/nomad/plugins"
bind_addr  = "0.0.0.0"
log_level  = "INFO"
log_json   = false
enable_syslog   = true
syslog_facility = "LOCAL0"
disable_update_check = true

advertise {
  http = "{{ GetInterfaceIP \"wg0\" }}"
  rpc  = "{{ GetInterfaceIP \"wg0\" }}"
  serf = "{{ GetInterfaceIP \"wg0\" }}"
}

server {
  enabled          = true
  bootstrap_expect = 3
  server_join {
    retry_join = ["atlas.wg", "hermes.wg", "iris.wg"]
  }
}

client {
  enabled           = true
  network_interface = "wg0"
  servers           = ["atlas.wg:4647", "hermes.wg:4647", "iris.wg:4647"]

  drain_on_shutdown {
    deadline           = "1m"
    force              = false
    ignore_system_jobs = true
  }

  host_volume "grafana" {
    path      = "/srv/grafana"
    read_only = false
  }

  host_volume "prometheus" {
    path = "/srv/prometheus"
  }

  meta {
    gpu      = "none"
    arch     = "amd64"
    "ups.id" = "apc-1"
  }
}

plugin "docker" {
  config {
    allow_privileged = false
    volumes {
      enabled = true
    }
  }
}

plugin "nomad-driver-podman" {
  config {
    socket_path = "unix:///run/podman/podman.sock"
  }
}

consul {
  address = "127.0.0.1:8500"
  auto_advertise = true
}

vault {
  enabled = false
}

acl {
  enabled = true
}

tls {
  http      = true
  rpc       = true
  ca_file   = "/etc/nomad.d/ca.pem"
  cert_file = "/etc/nomad.d/atlas.pem"
  key_file  = "/etc/nomad.d/atlas-key.pem"
}

telemetry {
  prometheus_metrics         = true
  publish_allocation_metrics = true
  publish_node_metrics       = true
}
