let s = builtins.split; in
[ (s "^" "abc") (s "$" "abc") (s "$|^" "ab") (s "^a" "aaa") (s "a$" "aaa") (s "^x" "abc") ]
