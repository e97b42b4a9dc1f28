# throw with a non-string argument fails to coerce it; that error is not caught
builtins.tryEval (throw 1)
