[ (toString ./builtin-data/val.nix) (toString ./builtin-data)
  (toString /foo/bar/../baz) (toString /.) ]
