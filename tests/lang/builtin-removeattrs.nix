[ (removeAttrs { a = 1; b = 2; c = 3; } [ "a" "z" ])
  (builtins.removeAttrs { a = 1; b = 2; } [ "a" "b" ])
  (removeAttrs { a = 1; } [ ])
  (removeAttrs { } [ "a" ])
  (removeAttrs { a = 1; b = throw "x"; } [ "b" ])
  (removeAttrs { a = 1; b = 2; } [ "b" "b" ]) ]
