# missing attributes are not caught
builtins.tryEval { a = 1; }.b
