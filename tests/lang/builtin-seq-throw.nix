builtins.seq (throw "first") 2
