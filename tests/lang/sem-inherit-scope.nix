let a = 1; s = { inherit a; b = 2; }; in
let inherit (s) b; in [
  a
  b
  (rec { a = 5; x = { inherit a; }; }).x.a
  ({ a = 5; x = { inherit a; }; }).x.a
  (rec { inherit (x) y; x = { y = 7; }; }).y
  (let a = 9; in { inherit a; }).a
]
