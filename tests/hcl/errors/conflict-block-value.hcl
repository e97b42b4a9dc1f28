client {
  enabled = true
}
client = "yes"
