[ (builtins.hasAttr "a" { a = 1; }) (builtins.hasAttr "b" { a = 1; }) (builtins.hasAttr "" { })
  (builtins.hasAttr "a" { a = throw "x"; }) (builtins.hasAttr "10" { "10" = 1; }) ]
