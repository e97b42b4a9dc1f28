[
  (builtins.tryEval 1)
  (builtins.tryEval (throw "x"))
  (builtins.tryEval (assert false; 1))
  (builtins.tryEval (assert 1 == 1; "ok"))
  (builtins.tryEval { a = throw "x"; }).success
  (builtins.tryEval [ (throw "x") ]).success
  (builtins.tryEval (builtins.tryEval (throw "x")))
  (builtins.tryEval (let x = throw "inner"; in x + 1))
  (builtins.tryEval null)
  (builtins.tryEval (x: x)).success
]
