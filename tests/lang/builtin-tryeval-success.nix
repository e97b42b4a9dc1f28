[ (builtins.tryEval 42) (builtins.tryEval "s") (builtins.tryEval null)
  (builtins.tryEval false)
  # only weak head normal form is evaluated
  (builtins.tryEval { a = throw "x"; }).success
  (builtins.tryEval [ (throw "x") ]).success ]
