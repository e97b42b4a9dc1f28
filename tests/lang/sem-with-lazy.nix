[
  (with throw "never forced"; 1)
  (let a = 1; in with throw "never forced"; a)
  (with { }; with abort "never"; (x: x) 2)
]
