[
  (with { a = 1; b = 1; }; with { a = 2; }; [ a b ])
  (with { a = 1; }; with { b = 2; }; with { a = 3; c = 4; }; [ a b c ])
  (with { x = 1; }; (with { x = 2; }; x) + x)
]
