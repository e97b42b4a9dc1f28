[
  (({ a, b ? a + 1 }: [ a b ]) { a = 1; })
  (({ a ? b, b ? 2 }: a) { })
  (({ a ? b + 1, b ? c * 2, c ? 3 }: [ a b c ]) { })
  (({ a ? b + 1, b ? c * 2, c ? 3 }: [ a b c ]) { c = 10; })
  (({ a ? throw "no" }: 1) { })
  (({ a ? throw "no" }: a) { a = 3; })
  (let b = 100; in ({ a ? b, b ? 1 }: a) { })
  (let x = 5; in ({ a ? x }: a) { })
]
