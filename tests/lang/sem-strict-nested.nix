{
  a = { b = [ { c = 1 + 1; } (2 * 3) ]; };
  l = map (x: x * 2) [ 1 2 ];
  f = let g = x: { r = x; }; in g "y";
  s = builtins.listToAttrs [ { name = "k"; value = [ (1 + 2) ]; } ];
}
