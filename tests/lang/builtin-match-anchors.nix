# ^ and $ are allowed (and redundant) at the ends; elsewhere they only match
# at the start or end of the input
let m = builtins.match; in
[ (m "^a$" "a") (m "^a" "a") (m "a$" "a") (m "(^a)" "a") (m "(a$)" "a")
  (m "a^" "a") (m "a$b" "ab") (m "x*^a" "a") (m "^$" "") (m "^" "") (m "$" "") ]
