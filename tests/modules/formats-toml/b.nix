{ lib, ... }:
{
  settings = {
    server.hosts = [ "example.org" "www.example.org" ];
    upstream = [ { host = "b.internal"; weight = 1.0; } ];
    log."format spec" = "json";
  };
}
