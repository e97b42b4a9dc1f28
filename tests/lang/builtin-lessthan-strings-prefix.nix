let lt = builtins.lessThan; x = "ab"; in
[ (lt "" "") (lt "" "a") (lt "a" "") (lt "a" "aa") (lt "aa" "a") (lt "ab" "ab")
  (lt "${x}" "ab") (lt "${x}c" "abd") (lt (toString 10) "9") (lt "a" "a ") ]
