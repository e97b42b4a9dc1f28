servers = ["a"]
servers {
  b = 1
}
