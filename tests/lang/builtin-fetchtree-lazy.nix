(builtins.tryEval (builtins.fetchTree 1)).success or true
