let s = "hello"; in
[ (builtins.substring 0 3 s) (builtins.substring 1 2 s) (builtins.substring 10 2 s)
  (builtins.substring 5 1 s) (builtins.substring 1 (-1) s) (builtins.substring 0 (-5) s)
  (builtins.substring 2 0 s) (builtins.substring 3 100 s) (builtins.substring 0 0 "")
  (builtins.substring 0 1 "") ]
