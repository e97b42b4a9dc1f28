let f = builtins.isFunction; in {
  lambda = f (x: x); pattern = f ({ a }: a); primop = f builtins.add;
  partial = f (builtins.add 1); partialMap = f (map (x: x)); global = f map;
  int = f 1; set = f { }; functor = f { __functor = self: x: x; };
  appliedFully = f (builtins.add 1 2); string = f "x";
}
