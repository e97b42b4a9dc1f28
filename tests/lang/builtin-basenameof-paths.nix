# on a path the result is a string (the path is not copied to the store)
[ (builtins.baseNameOf ./foo/bar.nix) (builtins.baseNameOf /a/b) (builtins.baseNameOf /.)
  (builtins.baseNameOf /a/b/..) (builtins.typeOf (builtins.baseNameOf /a/b)) ]
