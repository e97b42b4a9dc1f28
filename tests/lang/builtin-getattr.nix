let name = "dyn"; in
[ (builtins.getAttr "a" { a = 1; }) (builtins.getAttr "x y" { "x y" = 2; })
  (builtins.getAttr name { dyn = 3; }) (builtins.getAttr "b" { a = throw "x"; b = 4; }) ]
