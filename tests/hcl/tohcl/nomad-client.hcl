bind_addr     = "{{ GetInterfaceIP \"wg0\" }}"
data_dir      = "/var/lib/nomad"
datacenter    = "home"
enable_syslog = true
log_level     = "INFO"

advertise {
  http = "{{ GetInterfaceIP \"wg0\" }}"
  rpc  = "{{ GetInterfaceIP \"wg0\" }}"
  serf = "{{ GetInterfaceIP \"wg0\" }}"
}

client {
  enabled           = true
  network_interface = "wg0"
  servers           = ["10.0.0.2:4647", "10.0.0.3:4647"]

  host_network "mesh" {
    interface = "wg0"
  }

  host_volume "media" {
    path      = "/srv/media"
    read_only = true
  }

  host_volume "postgres-data" {
    path = "/srv/postgres"
  }

  meta {
    rack           = "closet"
    "storage.tier" = "ssd"
  }

  options {
    "driver.allowlist" = "docker,raw_exec"
  }

  reserved {
    cpu    = 500
    memory = 512
  }
}

plugin "docker" {
  config {
    allow_caps       = ["chown", "net_raw"]
    allow_privileged = false

    gc {
      image       = true
      image_delay = "3m"
    }

    volumes {
      enabled = true
    }
  }
}

plugin "raw_exec" {
  config {
    enabled = true
  }
}
