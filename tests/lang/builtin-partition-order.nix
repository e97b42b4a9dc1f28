# both halves keep the original order; the result has exactly right and wrong
let p = builtins.partition (x: builtins.bitAnd x 1 == 0) [ 9 8 7 6 5 4 3 2 1 0 ]; in
[ p.right p.wrong (builtins.attrNames p) ]
