[ (builtins.trace "a message" 42) (builtins.trace { a = 1; } "second")
  (builtins.trace 1 (builtins.trace 2 [ 3 ])) ]
