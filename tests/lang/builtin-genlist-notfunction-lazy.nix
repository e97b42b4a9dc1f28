# the function is not checked until an element is needed
[ (builtins.genList 1 0) (builtins.length (builtins.genList 1 3)) ]
