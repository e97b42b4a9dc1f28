[ (builtins.seq 1 2)
  (builtins.seq [ (throw "x") ] "ok")
  (builtins.seq { a = throw "x"; } 3)
  (builtins.seq (x: throw "x") 4) ]
