{ lib, ... }:
{
  options.settings = lib.mkOption { type = (lib.formats.toml { }).type; default = { }; };
  config.settings = {
    name = "web";
    server.port = 8080;
    server.tls = { enabled = true; min_version = "1.2"; };
    upstream = [ { host = "a.internal"; weight = 1.5; } ];
  };
}
