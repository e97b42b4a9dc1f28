datacenter = "dc1"
client {
  enabled = true
  note = <<EOF
windows line
EOF
}
