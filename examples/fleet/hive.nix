# A small fleet: one Nomad server and two clients sharing a common module.
# The clients find the server through `nodes`, so changing the server's
# address here changes every client's nomad.json.
#   nomix fleet examples/fleet/hive.nix -o out
{
  meta = {
    description = "Home lab: one Nomad server, two clients";
    specialArgs.datacenter = "home";
  };

  defaults = ./common.nix;

  server = { ... }: {
    imports = [ ./server.nix ];
    networking.address = "10.0.0.1";
    deployment.tags = [ "nomad-server" ];
  };

  client-a = { ... }: {
    imports = [ ./client.nix ];
    networking.address = "10.0.0.11";
  };

  client-b = { lib, ... }: {
    imports = [ ./client.nix ];
    networking.address = "10.0.0.12";
    services.nomad.settings.client.meta.rack = "shelf-2";
  };
}
