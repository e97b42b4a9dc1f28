builtins.baseNameOf null
