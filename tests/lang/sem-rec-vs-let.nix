let a = 1; in [
  (rec { a = 2; b = a; }).b
  ({ a = 2; b = a; }).b
  (rec { b = a; }).b
  (let a = 3; in rec { c = a; }).c
]
