[
  ((args@{ a ? args.b, b }: a) { b = 7; })
  ((args@{ a, b ? args.a }: b) { a = 5; })
  (({ a ? 1, ... }@args: args) { b = 2; })
  ((s@{ a, ... }: s.b) { a = 1; b = 2; })
  ((s@{ ... }: builtins.attrNames s) { x = 1; y = 2; })
  ((s@{ a ? 3 }: [ a (s ? a) ]) { })
  (({ a, b }: a + b) { b = 1; a = 2; })
  (({ a, ... }: a) { a = 1; b = throw "unused"; })
]
