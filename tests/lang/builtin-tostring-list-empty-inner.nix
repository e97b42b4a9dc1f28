# an empty inner list leaves no trailing space behind it
[ (toString [ [ ] 1 ]) (toString [ 1 [ ] 2 ]) (toString [ [ ] [ ] ])
  (toString [ 1 [ ] ]) (toString [ [ 1 [ ] ] 2 ]) (toString [ [ ] ])
  (toString [ "a" [ ] "b" [ ] "c" ]) ]
