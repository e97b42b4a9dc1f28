client {
  enabled = true
}
}
