{ ... }: { iniDuplicates.Peer.Endpoint = [ "10.0.0.2:51820" ]; }
