data_dir   = "/var/lib/nomad"
datacenter = "home"

client {
  cni_path = "/opt/cni/bin"
  enabled  = true
  servers  = ["10.0.0.1:4647"]

  meta {
    rack = "shelf-1"
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

plugin "raw_exec" {
  config {
    enabled = true
  }
}
