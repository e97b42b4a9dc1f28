builtins.any (x: x) [ false "yes" ]
