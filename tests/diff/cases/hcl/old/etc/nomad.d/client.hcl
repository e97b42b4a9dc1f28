datacenter = "home"

client {
  enabled = true
  servers = ["10.0.0.1:4647"]

  meta {
    rack = "shelf-1"
  }
}

plugin "docker" {
  config {
    allow_privileged = false
  }
}
