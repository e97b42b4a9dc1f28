<foo/a.nix>
