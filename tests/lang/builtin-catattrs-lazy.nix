# the values are not forced, but every element of the list is
[ (builtins.length (builtins.catAttrs "a" [ { a = throw "x"; } { a = throw "y"; } ]))
  (builtins.elemAt (builtins.catAttrs "a" [ { a = throw "x"; } { a = 2; } ]) 1) ]
