client {
  enabled =
  servers = ["a"]
}
