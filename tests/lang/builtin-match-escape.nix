# escaped metacharacters match themselves; ] and } need no escape; inside a
# bracket expression a backslash and a dot are ordinary characters; "."
# also matches a newline
let m = builtins.match; in
[ (m "\\." ".") (m "\\." "x") (m "." "x") (m "\\(x\\)" "(x)") (m "\\[a]" "[a]")
  (m "\\*\\+\\?" "*+?") (m "a\\|b" "a|b") (m "\\^\\$" "^$") (m "\\{" "{") (m "\\\\" "\\")
  (m "]" "]") (m "}" "}") (m "a}" "a}") (m "[.]" "x") (m "[.]" ".") (m "[\\]+" "\\\\")
  (m "[$^*+?|(){}.]+" "$^*+?|(){}.") (m "a\nb" "a\nb") (m "a.b" "a\nb") ]
