# strings compare byte by byte (as unsigned bytes)
let lt = builtins.lessThan; in
[ (lt "é" "z") (lt "z" "é") (lt "Z" "a") (lt "a" "Z") (lt "a\n" "a ") (lt "abc" "abd")
  (lt "é" "ê") (lt "~" "é") (lt "1" "A") (lt "9" "10") ]
