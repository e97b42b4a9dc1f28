# a start at or past the end gives ""; a length past the end is clipped
let s = "abcdef"; sub = builtins.substring; in
[ (sub 6 1 s) (sub 6 0 s) (sub 7 3 s) (sub 100 100 s) (sub 0 6 s) (sub 0 7 s) (sub 5 10 s)
  (sub 3 3 s) (sub 0 1000000 s) (sub 0 0 s) (sub 1 0 "") (sub 0 5 "") ]
