[ (builtins.div 7 2) (builtins.div (-7) 2) (builtins.div 7 (-2)) (builtins.div (-7) (-2))
  (builtins.div 7.0 2) (builtins.div 1 4.0) (builtins.div 6 3) (builtins.div 0 5) (builtins.div 1 3) ]
