{ ... }:
{
  plain.database = { port = 5432; password = null; };
  duplicates.Peer = { Endpoint = [ "10.0.0.2:51820" ]; AllowedIPs = "10.2.0.0/24"; };
  joined.hosts.allow = [ 3 ];
  spaced."section [x]".other = "v";
}
