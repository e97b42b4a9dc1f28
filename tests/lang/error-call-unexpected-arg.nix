let
  f = { foo, bar ? 1 }: foo;
in f { foo = 1; fob = 2; }
