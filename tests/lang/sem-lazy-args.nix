[
  ((x: 1) (throw "no"))
  (({ a, b }: a) { a = 1; b = throw "no"; })
  ((x: y: y) (abort "no") 2)
  (builtins.length (map (x: throw "x") [ 1 2 3 ]))
  (builtins.elemAt (builtins.genList (x: if x == 5 then throw "no" else x) 10) 3)
  (builtins.length (builtins.attrNames (builtins.mapAttrs (n: v: throw "x") { a = 1; b = 2; })))
]
