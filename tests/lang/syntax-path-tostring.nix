[ (toString ./a) (toString /x/y) (builtins.typeOf ./a) (builtins.isPath ./a) ]
