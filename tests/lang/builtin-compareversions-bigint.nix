# components are numbers only when they fit a 32-bit int: larger runs of
# digits are compared like letters, which sort below numbers
let c = builtins.compareVersions; in
[ (c "2147483647" "2147483646") (c "2147483648" "2147483647") (c "2147483647" "2147483648")
  (c "99999999999999999999" "1") (c "1" "99999999999999999999")
  (c "3000000000" "4000000000") (c "3000000000" "10000000000") ]
