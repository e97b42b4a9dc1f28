map builtins.isFloat [ 1.0 1 0.5 (1 + 0.5) (2 * 3) "1.0" null (builtins.div 1.0 2) ]
