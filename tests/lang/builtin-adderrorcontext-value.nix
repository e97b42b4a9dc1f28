# without an error, addErrorContext returns its second argument and ignores the first
[ (builtins.addErrorContext "context" 1)
  (builtins.addErrorContext 1 "not a string context is fine")
  (builtins.addErrorContext (throw "context not forced") [ 2 ])
  (builtins.length (builtins.addErrorContext "c" [ (throw "not forced") ]))
  (builtins.addErrorContext "outer" (builtins.addErrorContext "inner" { a = 3; })) ]
