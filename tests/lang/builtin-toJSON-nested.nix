builtins.toJSON {
  list = [ 1 [ 2 [ 3 [ 4 [ ] ] ] ] { x = [ { y = { z = null; }; } ]; } ];
  set = { a = { b = { c = { d = "deep"; }; }; }; };
  mixed = [ true "s" 1.5 null { k = [ false ]; } ];
}
