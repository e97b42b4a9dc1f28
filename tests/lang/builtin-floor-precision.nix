# an int argument goes through a double, so large ints lose precision
[ (builtins.floor 9007199254740993) (builtins.floor 9007199254740992) (builtins.floor (-9007199254740993))
  (builtins.floor 4.9999999999999999) (builtins.floor 1152921504606846977) ]
