{ ... }: { iniDuplicates.Peer.Endpoint = "10.0.0.1:51820"; }
