# a quantifier with nothing to repeat
builtins.match "*a" "a"
