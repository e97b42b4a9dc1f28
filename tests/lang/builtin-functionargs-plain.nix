# plain lambdas and builtins have no formal arguments
[ (builtins.functionArgs (x: x))
  (builtins.functionArgs (x: { a, b }: a))
  (builtins.functionArgs builtins.map)
  (builtins.functionArgs builtins.functionArgs)
  (builtins.functionArgs (builtins.add 1))
  (builtins.functionArgs (builtins.genericClosure))
  (builtins.functionArgs import) ]
