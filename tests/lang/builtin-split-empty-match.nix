# empty matches: an empty match is allowed at every position, including
# directly after a non-empty match and at the very end of the string
let s = builtins.split; in
[ (s "" "abc") (s "" "") (s "a*" "") (s "a*" "baac") (s "x*" "xx")
  (s "(x*)" "axxb") (s "b?" "abc") (s "a|" "bab") (s "|a" "bab") (s "(a*)" "bab") ]
