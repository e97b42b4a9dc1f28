# sort is stable: elements the comparator considers equal keep their order
let
  xs = [ { k = 1; v = "a"; } { k = 0; v = "b"; } { k = 1; v = "c"; } { k = 0; v = "d"; }
         { k = 2; v = "e"; } { k = 1; v = "f"; } { k = 0; v = "g"; } { k = 2; v = "h"; } ];
  long = builtins.genList (i: { k = builtins.bitAnd i 3; v = i; }) 40;
in
[ (map (x: x.v) (builtins.sort (a: b: a.k < b.k) xs))
  (map (x: x.v) (builtins.sort (a: b: a.k > b.k) xs))
  (builtins.sort (a: b: false) [ 3 1 2 5 4 ])
  (map (x: x.v) (builtins.sort (a: b: a.k < b.k) long)) ]
