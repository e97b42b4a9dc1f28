# The Nomad server of the test fleet.
{ ... }:
{
  services.nomad.enableDocker = false;
  services.nomad.settings.server = {
    enabled = true;
    bootstrap_expect = 1;
  };
}
