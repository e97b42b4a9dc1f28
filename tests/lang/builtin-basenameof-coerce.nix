# the argument is coerced to a string like in interpolation
[ (builtins.baseNameOf { outPath = "/x/y"; }) (builtins.baseNameOf { __toString = self: "a/b/c"; })
  (builtins.baseNameOf "${"/p"}/${"q"}") ]
