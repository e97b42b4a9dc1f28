# other values are coerced to a string and the result is a string
[ (builtins.dirOf { outPath = "/x/y"; }) (builtins.dirOf { __toString = self: "a/b/c"; })
  (builtins.typeOf (builtins.dirOf { outPath = "/x/y"; })) (builtins.dirOf "${"/p"}/${"q"}") ]
