# items are processed first in, first out: the result is in breadth-first order
map (x: x.key) (builtins.genericClosure {
  startSet = [ { key = "r1"; } { key = "r2"; } ];
  operator = x:
    if builtins.stringLength x.key < 4
    then [ { key = x.key + "a"; } { key = x.key + "b"; } ]
    else [ ];
})
