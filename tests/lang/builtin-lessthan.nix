let lt = builtins.lessThan; in {
  ints = [ (lt 1 2) (lt 2 1) (lt 1 1) (lt (-5) 0) ];
  floats = [ (lt 1.5 2.5) (lt 2.5 1.5) (lt 1.0 1.0) ];
  mixed = [ (lt 1 1.5) (lt 1.5 1) (lt 2 2.0) ];
  strings = [ (lt "a" "b") (lt "b" "a") (lt "" "a") (lt "a" "a") (lt "B" "a") (lt "ab" "abc") (lt "10" "9") ];
  lists = [ (lt [ 1 2 ] [ 1 3 ]) (lt [ 1 ] [ 1 2 ]) (lt [ ] [ 1 ]) (lt [ 1 2 ] [ 1 ]) (lt [ ] [ ]) (lt [ "a" ] [ "b" ]) ];
}
