builtins.isBool (builtins.seq 1 (builtins.head [ true ]))
