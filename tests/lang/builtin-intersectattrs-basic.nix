[ (builtins.intersectAttrs { a = 1; b = 2; } { b = 20; c = 30; })
  (builtins.intersectAttrs { } { a = 1; })
  (builtins.intersectAttrs { a = 1; } { })
  (builtins.intersectAttrs { x = 1; y = 2; } { x = "X"; y = "Y"; z = "Z"; })
  (builtins.intersectAttrs { a = null; } { a = [ 1 ]; b = 2; }) ]
