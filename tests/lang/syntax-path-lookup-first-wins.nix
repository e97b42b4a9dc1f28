[ <foo> (import <foo/b.nix>) ]
