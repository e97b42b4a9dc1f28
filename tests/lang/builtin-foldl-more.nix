[ (builtins.foldl' (acc: x: acc // { ${x} = builtins.stringLength x; }) { } [ "a" "bb" "a" "ccc" ])
  # the accumulator is forced only to weak head normal form
  (builtins.length (builtins.foldl' (acc: x: acc ++ [ x ]) [ ] [ (throw "a") (throw "b") ]))
  (builtins.foldl' (acc: x: acc + x) 0 (builtins.genList (x: x) 10000))
  (builtins.foldl' (acc: f: f acc) 1 [ (x: x + 1) (x: x * 10) (x: x - 3) ]) ]
