[ (removeAttrs { ab = 1; c = 2; } [ ("a" + "b") ])
  (removeAttrs ({ a = 1; } // { b = 2; }) [ "a" ])
  (removeAttrs { __functor = self: x: x; a = 1; } [ "__functor" ])
  (builtins.attrNames (removeAttrs { a = throw "x"; b = throw "y"; c = 1; } [ "c" ]))
  (removeAttrs { "" = 1; "a b" = 2; } [ "" ]) ]
