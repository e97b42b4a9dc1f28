[ <foo> <foo/sub> (import <foo/a.nix>).y ]
