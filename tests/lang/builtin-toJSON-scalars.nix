# Every non-container value type except paths and functions.
map builtins.toJSON [ 0 1 (-5) 42 true false null "" "hello" 1.5 ]
