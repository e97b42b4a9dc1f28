{ sub = import ./sub.nix; msg = builtins.readFile ./msg.txt; here = ./.; file = ./sub.nix; parent = import ../list.nix; up = builtins.readFile ../x.txt; }
