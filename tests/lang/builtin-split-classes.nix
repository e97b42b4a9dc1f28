let s = builtins.split; in
[ (s "[[:space:]]+" "  a b\tc\n") (s "\\." "1.2.3") (s "." "ab") (s "[[:upper:]]" "aBcD")
  (s "[^[:alnum:]]+" "foo-bar_baz.qux") (s "[0-9]{2}" "a1b22c333d")
  # bytes, not characters: "é" is two bytes, each matched by [é]
  (s "é" "aéb") (s "[é]" "aéb") ]
