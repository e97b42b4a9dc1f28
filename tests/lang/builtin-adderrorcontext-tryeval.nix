# tryEval still catches errors that passed through addErrorContext
[ (builtins.tryEval (builtins.addErrorContext "ctx" (throw "x")))
  (builtins.tryEval (builtins.addErrorContext "ctx" (assert false; 1)))
  (builtins.tryEval (builtins.addErrorContext "ctx" 5)) ]
