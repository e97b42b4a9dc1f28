# Nomad talks to the other nodes over the WireGuard mesh only.
bind_addr = "{{ GetInterfaceIP \"wg0\" }}"

addresses {
  http = "0.0.0.0"
  rpc  = "{{ GetInterfaceIP \"wg0\" }}"
  serf = "{{ GetInterfaceIP \"wg0\" }}"
}

advertise {
  http = "{{ GetInterfaceIP \"wg0\" }}:4646"
  rpc  = "{{ GetInterfaceIP \"wg0\" }}"
  serf = "{{ GetPrivateInterfaces | include \"name\" \"wg.*\" | attr \"address\" }}"
}

ports {
  http = 4646
  rpc  = 4647
  serf = 4648
}

client {
  enabled           = true
  network_interface = "wg0"
  cni_path          = "/usr/lib/cni"
}
