[ (builtins.genList (x: x * x) 5) (builtins.genList (x: x) 0) (builtins.genList (x: "e${toString x}") 1)
  (builtins.genList (builtins.mul 3) 4) ]
