[ ~/a ~/a/b.nix ~/../x ]
