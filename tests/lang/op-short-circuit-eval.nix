[
  (builtins.tryEval (true && throw "right operand evaluated"))
  (builtins.tryEval (false || throw "right operand evaluated"))
  (builtins.tryEval (true -> throw "right operand evaluated"))
  (builtins.tryEval (throw "left" && false))
]
