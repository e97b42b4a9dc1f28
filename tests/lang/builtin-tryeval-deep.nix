[ (builtins.tryEval (builtins.deepSeq [ [ (throw "x") ] ] 1))
  (builtins.tryEval (builtins.seq [ [ (throw "x") ] ] 1))
  (builtins.tryEval ({ a = throw "x"; }.a)) ]
