kept = 1

block {
  value = "x"
}

only_nulls {}

plugin "docker" {
  config {}
}
