# length is only reachable through builtins
length [ 1 ]
