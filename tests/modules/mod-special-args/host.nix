{ profiles, flavour, ... }:
{
  imports = [ (profiles + "/${flavour}.nix") ];
  roles = [ "host (${flavour})" ];
}
