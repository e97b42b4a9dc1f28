# Nomad with every default: run as a dynamic user, Docker enabled (and
# its group), data in /var/lib/nomad as the service's state directory.
{ ... }:
{
  services.nomad.enable = true;
}
