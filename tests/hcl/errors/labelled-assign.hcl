plugin "docker" = {
  config {}
}
