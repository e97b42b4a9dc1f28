[ (toString [ 1 [ 2 [ 3 ] ] ])
  (toString [ null true false 1.5 ])
  (toString [ "" "" "x" ])
  (toString [ [ "a" "b" ] [ "c" ] ]) ]
