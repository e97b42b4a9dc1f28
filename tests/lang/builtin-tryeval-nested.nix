[ (builtins.tryEval (builtins.tryEval (throw "x")))
  (builtins.tryEval ((builtins.tryEval (throw "x")).value))
  (builtins.tryEval (if (builtins.tryEval (throw "a")).success then 1 else throw "b"))
  (builtins.tryEval (let r = builtins.tryEval (throw "c"); in if r.success then 0 else 7)) ]
