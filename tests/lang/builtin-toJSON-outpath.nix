# A set with outPath is converted as its outPath value, recursively.
map builtins.toJSON [
  { outPath = "/foo"; x = 1; }
  { outPath = { outPath = "/bar"; }; }
  { outPath = 1; }
  { outPath = { a = [ 1 ]; }; }
  { outPath = [ "x" null ]; }
  { a = { outPath = "/nested"; other = true; }; }
]
