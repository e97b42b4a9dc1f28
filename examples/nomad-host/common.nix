# Settings every Nomad host of the fleet shares.
{
  datacenter = "home";
  data_dir = "/var/lib/nomad";
  log_level = "INFO";
  plugin = {
    docker = {
      config = {
        allow_privileged = false;
        volumes = { enabled = true; };
      };
    };
  };
}
