[
  (builtins.tryEval (builtins.seq [ (throw "x") ] 1))
  (builtins.tryEval (builtins.deepSeq [ (throw "x") ] 1))
  (builtins.tryEval (builtins.seq { a = throw "x"; } 2))
  (builtins.tryEval (builtins.deepSeq { a = { b = throw "x"; }; } 2))
  (builtins.tryEval (builtins.seq (throw "x") 3))
  (builtins.deepSeq { a = [ 1 2 ]; } "ok")
  (builtins.seq 1 (builtins.seq "a" null))
  (let x = { a = x; }; in builtins.deepSeq x "cyclic ok")
]
