map builtins.isString [ "a" "" ''x'' ./builtin-data 1 (toString ./builtin-data) { outPath = "x"; } null [ "a" ] ]
