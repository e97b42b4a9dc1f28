# match returns the list of capture groups, in the order of their opening
# parentheses; a group that did not take part in the match is null
let m = builtins.match; in
[ (m "(a)(b)(c)" "abc")
  (m "a(b)?c" "ac")
  (m "a(b)?c" "abc")
  (m "((a)(b))c" "abc")
  (m "(a)|b" "b")
  (m "()" "")
  (m "(.*)-([0-9]+)" "a-b-12")
  (m "([^=]*)=(.*)" "k=v=w")
  (m "(a|b)*c" "abac")
  (m "abc" "abc")
  (m "(x)?(y)?(z)?" "y") ]
