[ <a.nix> (import <sub/b.nix>) ]
