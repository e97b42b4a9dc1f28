# a negative length means "up to the end"
let s = "abcdef"; sub = builtins.substring; in
[ (sub 0 (-1) s) (sub 2 (-1) s) (sub 1 (-2) s) (sub 0 (-100) s) (sub 5 (-1) s) (sub 6 (-1) s)
  (sub 9 (-1) s) (sub 0 (-1) "") ]
