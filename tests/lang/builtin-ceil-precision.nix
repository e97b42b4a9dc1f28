# an int argument goes through a double, so large ints lose precision
[ (builtins.ceil 9007199254740993) (builtins.ceil (-9007199254740993)) (builtins.ceil 1152921504606846977) ]
