client {
  enabled true
}
