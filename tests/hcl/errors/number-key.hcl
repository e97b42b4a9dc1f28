client {
  1 = 2
}
