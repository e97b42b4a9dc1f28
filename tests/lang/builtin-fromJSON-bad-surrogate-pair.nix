builtins.fromJSON ''"\ud83d\u0041"''
