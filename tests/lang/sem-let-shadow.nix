let x = 1; y = x; in [
  (let x = 2; in x)
  (let x = 2; in y)
  ((x: x) 3)
  (let f = x: x; x = 4; in f 5)
  (let x = x0; x0 = 6; in x)
]
