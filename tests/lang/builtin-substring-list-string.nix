builtins.substring 0 4 [ "a" "b" ]
