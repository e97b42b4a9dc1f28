{ inner = "sub"; self = ./sub.nix; }
