builtins.baseNameOf [ "a/b" ]
