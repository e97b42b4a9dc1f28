consul {
  address             = "127.0.0.1:8500"
  grpc_address        = "127.0.0.1:8502"
  ssl                 = true
  ca_file             = "/etc/consul.d/ca.pem"
  token               = "b1gs33cr3t-0000-4000-8000-000000000000"
  auto_advertise      = true
  server_service_name = "nomad"
  client_service_name = "nomad-client"
  server_auto_join    = true
  client_auto_join    = true
  tags                = ["homelab", "nomad"]

  service_identity {
    aud = ["consul.io"]
    ttl = "1h"
  }
}

vault {
  enabled               = true
  address               = "https://vault.service.consul:8200"
  create_from_role      = "nomad-cluster"
  task_token_ttl        = "1h"
  ca_path               = "/etc/vault.d/ca"
  tls_skip_verify       = false
  namespace             = ""
  allow_unauthenticated = false
}
