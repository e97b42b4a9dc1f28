# Heredocs: text kept as it is, ${...} included.
client {
  enabled = true

  meta {
    # a multi-line note for people reading the node list
    notes = <<EOF
Rack 2, shelf 3.
  Ask before draining: it runs the "media" stack.

Power: UPS ${ups_name}
EOF

    motd = <<-TEXT
      Welcome to $HOSTNAME.
        Indented line.
      TEXT

    empty = <<EOT
EOT
  }
}

vault {
  enabled = true
  # a PEM bundle, verbatim
  ca_cert = <<PEM
-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUQ0FfdGVzdF9vbmx5X25vdF9hX3JlYWxfY2VydDAKBggq
hkjOPQQDAjAWMRQwEgYDVQQDDAtob21lbGFiLWNhMB4XDTI0MDEwMTAwMDAwMFoX
-----END CERTIFICATE-----
PEM
}
