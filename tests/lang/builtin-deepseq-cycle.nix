# cyclic structures terminate
let x = { a = x; b = [ x ]; }; y = [ y ]; in
[ (builtins.deepSeq x "done") (builtins.deepSeq y "done too") ]
