# match must match the WHOLE string: null when it only matches a part
let m = builtins.match; in
[ (m "ab" "xaby") (m "ab" "abx") (m "ab" "xab") (m "ab" "ab")
  (m ".*ab.*" "xaby") (m "" "") (m "" "a") (m "a*" "") (m "b" "")
  (m "a|ab" "ab") (m "a+" "aaab") (m "[0-9]+" "123") ]
