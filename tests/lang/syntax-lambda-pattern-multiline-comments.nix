({
  # first arg
  a, /* second */ b ? 2
  , ...
}@ /* x */ args: [ a b (builtins.attrNames args) ]) { a = 1; z = 0; }
