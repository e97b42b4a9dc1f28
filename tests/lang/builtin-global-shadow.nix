# global builtin names can be shadowed; builtins.X still works
let map = "shadowed"; toString = x: "mine"; in
[ map (toString 1) (builtins.map (x: x) [ 1 ]) (builtins.toString 1) ]
