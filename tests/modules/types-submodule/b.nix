{ lib, ... }:
{
  services.web = { config, ... }: { flags = [ "-q" ]; user = lib.mkIf config.enable "www"; };
  services.db = { flags = [ "--db" ]; };
  main = { lib, ... }: { config.title = lib.mkForce "main"; config.tags = [ "b" ]; };
}
