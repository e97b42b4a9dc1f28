client {
  enabled = true

server {
  enabled = true
}
