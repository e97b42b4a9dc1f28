# the elements are coerced like in interpolation (the separator is not)
[ (builtins.concatStringsSep "," [ "a" { __toString = s: "T"; } { outPath = "o"; } ])
  (builtins.concatStringsSep "/" [ "${"x"}" (toString 1) (toString [ 1 2 ]) ]) ]
