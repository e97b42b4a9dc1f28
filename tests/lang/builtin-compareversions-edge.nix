# empty strings, leading zeros, missing components, separators and letters
let c = builtins.compareVersions; in
[ (c "" "") (c "" "0") (c "0" "") (c "" "a") (c "1" "01") (c "1.0" "1") (c "1" "1.0")
  (c "1.a" "1.0") (c "1.a" "1") (c "1.2" "1-2") (c "1.2" "1..2") (c "1_2" "1.2")
  (c "a" "b") (c "B" "a") (c "1.2.3" "1.2.3.0") (c "2.3a" "2.3.1") ]
