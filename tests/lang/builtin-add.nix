[ (builtins.add 1 2) (builtins.add 1.5 2) (builtins.add 1 2.5) (builtins.add (-3) 3)
  (builtins.add 0.5 0.25) (builtins.add 9223372036854775806 1) ]
