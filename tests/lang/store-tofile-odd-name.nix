[
  (builtins.toFile "a+b=c?_-.x" "odd")
  (builtins.toFile "-leading-dash" "x")
  (builtins.toFile ".dotfile" "x")
  (builtins.toFile "x.drv" "not a derivation")
]
