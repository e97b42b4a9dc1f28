builtins.fromJSON ''"\ud83d"''
