{
  a = 1;
  b = 1.5;
  c = "s\n\"q\\ \t";
  d = true;
  e = null;
  f = [ 1 [ ] { } ];
  g = { h = "x"; i = false; };
  j = -3;
  k = 1 + 2;
}
