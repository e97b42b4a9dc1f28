# on a path the result is a path
[ (builtins.dirOf /a/b) (builtins.dirOf /a) (builtins.dirOf /.) (builtins.dirOf (builtins.dirOf /a))
  (builtins.dirOf ./x/y.nix) (builtins.dirOf /a/b/../c) (builtins.typeOf (builtins.dirOf /a/b)) ]
