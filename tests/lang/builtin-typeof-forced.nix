# the argument is forced to weak head normal form
[ (builtins.typeOf (if true then 1 else "a")) (builtins.typeOf (import ./builtin-data/val.nix))
  (builtins.typeOf ((x: x) null)) (builtins.typeOf (let x = [ x ]; in x))
  (builtins.typeOf (builtins.tryEval (throw "x")).value) ]
