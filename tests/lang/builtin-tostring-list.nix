[ (toString [ 1 2 3 ]) (toString [ "a" "b" ]) (toString [ ]) (toString [ "x" ])
  (toString [ 1.5 true ]) ]
