# out of the int range: Nix 2.8 casts the double to a 64-bit int, which on
# x86-64 gives the smallest integer
[ (builtins.floor 1.0e300) (builtins.floor (-1.0e300)) (builtins.floor 9.2233720368547758e18)
  (builtins.floor 9223372036854775807) ]
