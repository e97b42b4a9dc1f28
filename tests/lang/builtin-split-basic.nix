# split returns the pieces between matches, with the list of capture groups
# of each match between them; the result always starts and ends with a string
let s = builtins.split; in
[ (s "," "a,b,,c,") (s "," "abc") (s "," "") (s "x" "x") (s "ab" "aab")
  (s ", *" "a,b,  c") (s "b+" "abbbcbd") (s "\n" "a\nb\n") ]
