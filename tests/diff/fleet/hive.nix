# The fleet of the acceptance test (tests/diff/run.py): one Nomad server and
# two clients sharing common.nix; the test builds it, changes one setting in
# a shared module, builds it again and checks what `nomix diff` names.
{
  meta.description = "nomix diff test fleet";

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

  client-b = { ... }: {
    imports = [ ./client.nix ];
    networking.address = "10.0.0.12";
    services.nomad.settings.client.meta.rack = "shelf-2";
  };
}
