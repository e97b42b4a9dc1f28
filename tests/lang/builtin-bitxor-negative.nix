# two's complement 64-bit integers
let f = builtins.bitXor; min = -9223372036854775807 - 1; in
[ (f (-1) 255) (f (-8) 3) (f (-1) 0) (f (-1) (-1)) (f (-2) 1) (f min (-1)) (f min 9223372036854775807)
  (f (-256) (-3)) ]
