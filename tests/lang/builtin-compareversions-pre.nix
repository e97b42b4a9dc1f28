# "pre" sorts before every other component, even the missing (empty) one
let c = builtins.compareVersions; in
[ (c "1pre" "1") (c "1" "1pre") (c "1.pre" "1") (c "1.0pre" "1.0") (c "pre" "pra") (c "pra" "pre")
  (c "pre" "") (c "pre" "pre") (c "1pre2" "1pre10") (c "1prea" "1pre") (c "2.0pre" "1.9") ]
