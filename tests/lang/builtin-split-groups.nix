# capture groups of every match, null for groups that did not participate
let s = builtins.split; in
[ (s "(a)|b" "xaybz")
  (s "([[:digit:]]+)|([[:alpha:]]+)" "12ab3")
  (s "(a)|(b)" "ab")
  (s "(a)(b)?" "xay")
  (s "((a)|(b))+" "xabay")
  (s "(b)?a" "aba")
  (s "([0-9]+)\\.([0-9]+)" "v1.2 and 3.45!")
  (s "(a|ab)(c|bcd)(d*)" "abcd") ]
