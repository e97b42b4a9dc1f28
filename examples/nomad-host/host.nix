# One host, described as code: shared settings, this host's own settings,
# and the files it gets. Evaluate with:
#   nomix eval --raw examples/nomad-host/host.nix
let
  render = import ./render.nix;

  # Merges nested sets; values on the right win.
  merge = a: b:
    a // builtins.mapAttrs (k: v:
      if builtins.isAttrs v && builtins.isAttrs (a.${k} or null)
      then merge a.${k} v
      else v) b;

  host = {
    name = "raspberry";
    address = "10.0.0.7";
  };

  settings = merge (import ./common.nix) {
    name = host.name;
    bind_addr = host.address;
    client = {
      enabled = true;
      cni_path = "/usr/lib/cni";
      meta = { rack = "shelf-2"; };
    };
    server = {
      enabled = true;
      bootstrap_expect = 1;
    };
    plugin.docker.config.volumes.enabled = false;
  };

  # The files this host gets: path -> content.
  files = {
    "/etc/nomad.d/nomad.json" = render.json settings;
    "/etc/nomad.d/client.hcl" = builtins.readFile ./client.hcl;
    "/etc/nomad.d/telemetry.hcl" = render.hcl {
      telemetry = {
        collection_interval = "10s";
        prometheus_metrics = true;
      };
    };
  };
in
builtins.concatStringsSep "\n" (map (path: "==> ${path} <==\n${files.${path}}")
  (builtins.attrNames files))
