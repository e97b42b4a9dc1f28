# seq forces its first argument, then the second is the result and is evaluated as usual
builtins.seq 1 (throw "second")
