# tryEval succeeds on the list, but printing with --strict then hits the error
builtins.tryEval [ (throw "in the value") ]
