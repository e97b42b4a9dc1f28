[
  (let builtins = { add = a: b: 0; }; in builtins.add 1 2)
  (let true = false; in true)
  (let null = 1; in null)
  (let map = f: l: "mine"; in map (x: x) [ ])
  ((throw: throw + 1) 1)
]
