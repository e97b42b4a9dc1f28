# Three hosts, one of which has a mistake: the others must still build.
{
  defaults = { ... }: { environment.etc.motd.text = "fleet\n"; };
  good-1 = { ... }: { boot.kernelModules = [ "wireguard" ]; };
  good-2 = { ... }: { };
  bad = { ... }: { services.nomad.enable = "yes"; };
}
