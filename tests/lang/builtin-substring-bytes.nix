# offsets and lengths count bytes: "é" is two bytes, "€" three
let sub = builtins.substring; in
[ (sub 0 2 "é") (sub 1 2 "aéb") (sub 1 3 "aéb") (sub 4 2 "a€bc") (sub 1 3 "a€bc") (sub 0 4 "a€bc") (sub 2 (-1) "é€") ]
