[ (builtins.listToAttrs [ { name = "a"; value = 1; } { name = "b"; value = 2; } ])
  (builtins.listToAttrs [ ])
  (builtins.listToAttrs [ { name = "z"; value = 1; } { name = "a"; value = 2; } { name = "m"; value = 3; extra = 0; } ])
  (builtins.listToAttrs [ { name = "a"; value = throw "x"; } { name = "b"; value = 2; } ]).b
  (builtins.listToAttrs [ { name = "a" + "b"; value = [ ]; } ]) ]
