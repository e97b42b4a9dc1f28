[ (toString 42) (toString (-7)) (toString 0) (builtins.toString 123456789012) ]
