{ ... }:
{
  services.nomad = {
    enable = true;
    settings.data_dir = "/srv/nomad";
  };
}
