let inc = builtins.add 1; half = builtins.div 10; in
[ (inc 1) (inc 1.5) (half 2) (half 4) (builtins.foldl' builtins.mul 1 [ 1 2 3 4 5 ]) ]
