# the context is coerced to a string when an error passes through it
builtins.addErrorContext 1 (throw "x")
