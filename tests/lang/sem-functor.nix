let
  f = { __functor = self: x: x + self.n; n = 10; };
  g = f // { n = 100; };
  h = { __functor = self: { __functor = self2: x: x * 2; }; };
  counter = { n = 0; __functor = self: x: self // { n = self.n + x; }; };
in [
  (f 1)
  (map f [ 1 2 ])
  (g 1)
  (h 3)
  ((counter 1 2 3).n)
  (builtins.isFunction f)
  (builtins.typeOf f)
  (builtins.isAttrs f)
]
