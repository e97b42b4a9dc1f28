{ fromDir = true; sibling = import ./other.nix; }
