# lessThan as the comparator on paths and on mixed ints and floats
[ (builtins.sort builtins.lessThan [ ./b ./a/c ./a ])
  (builtins.sort builtins.lessThan [ 1.5 1 2 0.25 (-0.5) ]) ]
