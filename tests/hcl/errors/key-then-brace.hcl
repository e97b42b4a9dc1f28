client {
  enabled
}
