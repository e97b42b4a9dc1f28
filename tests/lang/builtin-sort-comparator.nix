[ (builtins.sort (a: b: a > b) [ 3 1 4 1 5 9 2 6 ])
  (builtins.sort (a: b: builtins.stringLength a < builtins.stringLength b) [ "ccc" "a" "bb" "" "dd" ])
  (builtins.sort (a: b: a.name < b.name) [ { name = "z"; } { name = "m"; } { name = "a"; } ])
  # a partially applied builtin as the comparator
  (builtins.sort (builtins.lessThan) [ [ 1 2 ] [ 1 ] [ 0 5 ] [ ] ])
  (builtins.sort (x: y: (builtins.elemAt x 1) < (builtins.elemAt y 1)) [ [ "a" 3 ] [ "b" 1 ] [ "c" 2 ] ]) ]
