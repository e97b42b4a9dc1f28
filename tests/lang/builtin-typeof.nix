let t = builtins.typeOf; in {
  int = t 1; negint = t (-1); float = t 1.5; string = t "s"; interp = t "${"a"}b";
  bool = t true; null = t null; path = t ./builtin-data; set = t { };
  list = t [ ]; lambda = t (x: x); patlambda = t ({ a }: a);
  functor = t { __functor = self: x: x; };
  primop = t builtins.add; primopapp = t (builtins.add 1);
}
