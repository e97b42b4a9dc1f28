[
  (with { true = false; }; true)
  (with { map = 1; }; builtins.isFunction map)
  (with builtins; length [ 1 2 ])
  (let length = x: 42; in with builtins; length [ 1 ])
  (with builtins; with { length = x: 7; }; length [ 1 ])
  (with { builtins = { }; }; builtins.add 1 2)
]
