client {
  enabled = true
  servers = ["10.0.0.1:4647"]
}
