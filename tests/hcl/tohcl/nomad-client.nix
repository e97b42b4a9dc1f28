# A client agent of a homelab, as a host module would build it.
{
  datacenter = "home";
  data_dir = "/var/lib/nomad";
  bind_addr = "{{ GetInterfaceIP \"wg0\" }}";
  log_level = "INFO";
  enable_syslog = true;

  advertise = {
    http = "{{ GetInterfaceIP \"wg0\" }}";
    rpc = "{{ GetInterfaceIP \"wg0\" }}";
    serf = "{{ GetInterfaceIP \"wg0\" }}";
  };

  client = {
    enabled = true;
    servers = [ "10.0.0.2:4647" "10.0.0.3:4647" ];
    network_interface = "wg0";
    host_volume = {
      media = { path = "/srv/media"; read_only = true; };
      "postgres-data" = { path = "/srv/postgres"; };
    };
    host_network = {
      mesh = { interface = "wg0"; };
    };
    meta = {
      rack = "closet";
      "storage.tier" = "ssd";
    };
    options = {
      "driver.allowlist" = "docker,raw_exec";
    };
    reserved = { cpu = 500; memory = 512; };
  };

  plugin = {
    docker = {
      config = {
        allow_privileged = false;
        allow_caps = [ "chown" "net_raw" ];
        volumes = { enabled = true; };
        gc = { image = true; image_delay = "3m"; };
      };
    };
    raw_exec = { config = { enabled = true; }; };
  };
}
