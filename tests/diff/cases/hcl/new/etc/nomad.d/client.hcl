datacenter = "home"
log_level  = "DEBUG"

client {
  enabled = true
  servers = ["10.0.0.2:4647", "10.0.0.3:4647"]
}

plugin "docker" {
  config {
    allow_privileged = true
  }
}

plugin "raw_exec" {
  config {
    enabled = true
  }
}
