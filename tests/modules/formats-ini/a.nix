{ ... }:
{
  plain.general = { name = "web"; workers = 4; debug = false; };
  plain.database.host = "db.internal";
  duplicates.Peer = { Endpoint = "10.0.0.1:51820"; AllowedIPs = [ "10.1.0.0/24" ]; };
  joined.hosts.allow = [ "10.0.0.1" "10.0.0.2" ];
  joined.hosts.port = 53;
  spaced."section [x]".key = 1.5;
}
