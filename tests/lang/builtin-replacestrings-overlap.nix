# the string is scanned once from left to right; at each position the first
# pattern in the list that matches wins; replacements are not scanned again
let r = builtins.replaceStrings; in
[ (r [ "aa" ] [ "b" ] "aaa") (r [ "aa" "a" ] [ "X" "Y" ] "aaa") (r [ "a" "aa" ] [ "X" "Y" ] "aaa")
  (r [ "ab" "bc" ] [ "X" "Y" ] "abc") (r [ "bc" "ab" ] [ "X" "Y" ] "abc")
  (r [ "a" ] [ "aa" ] "aaa") (r [ "a" "b" ] [ "b" "a" ] "ab") (r [ "ab" "b" ] [ "" "X" ] "aabb")
  (r [ "a" "a" ] [ "1" "2" ] "a") (r [ "ana" ] [ "X" ] "banana") ]
