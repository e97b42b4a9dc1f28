# the arguments of the outermost lambda, or of what a call returns
let f = x: { a, b ? x }: a; in
[ (builtins.functionArgs f) (builtins.functionArgs (f 1))
  (builtins.functionArgs (import ./builtin-data/counter.nix))
  (builtins.attrNames (builtins.functionArgs ({ c ? 1, b, a, ... }: 0))) ]
