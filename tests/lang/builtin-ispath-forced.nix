# the argument is forced
let p = ./builtin-data-misc; in
[ (builtins.isPath p) (builtins.isPath (if true then ./a else "b")) (builtins.isPath ((x: x) ./a))
  (builtins.isPath (builtins.head [ ./a ])) ]
