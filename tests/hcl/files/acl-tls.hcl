acl {
  enabled          = true
  token_ttl        = "30s"
  policy_ttl       = "60s"
  role_ttl         = "60s"
  replication_token = ""
}

tls {
  http = true
  rpc  = true

  ca_file   = "/etc/nomad.d/tls/nomad-agent-ca.pem"
  cert_file = "/etc/nomad.d/tls/global-server-nomad.pem"
  key_file  = "/etc/nomad.d/tls/global-server-nomad-key.pem"

  verify_server_hostname = true
  verify_https_client    = false
  tls_min_version        = "tls12"
  tls_cipher_suites      = "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"
}

ui {
  enabled = true

  consul {
    ui_url = "https://consul.example.org:8501/ui"
  }

  vault {
    ui_url = "https://vault.example.org:8200/ui"
  }

  label {
    text             = "Homelab"
    background_color = "#2e3440"
    text_color       = "white"
  }
}
