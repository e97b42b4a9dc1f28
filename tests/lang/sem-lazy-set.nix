[
  ({ a = throw "no"; b = 2; }).b
  (builtins.attrNames { a = throw "x"; b = abort "y"; })
  (builtins.length (builtins.attrValues { a = throw "x"; }))
  (builtins.hasAttr "a" { a = throw "x"; })
  (let s = rec { a = throw "x"; b = 1; c = b + 1; }; in s.c)
]
