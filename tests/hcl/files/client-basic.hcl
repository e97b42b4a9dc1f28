# A Nomad client on a small home server.
datacenter = "home"
region     = "eu"
data_dir   = "/var/lib/nomad"
log_level  = "INFO"

client {
  enabled = true
  servers = ["10.0.0.2:4647", "10.0.0.3:4647"]
}

plugin "docker" {
  config {
    allow_privileged = false
  }
}
