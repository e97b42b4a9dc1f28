{ loaded = [ "module.nix" ]; }
