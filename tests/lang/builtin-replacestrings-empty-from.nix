# an empty pattern matches at every position where no other pattern matched,
# including the end of the string: the replacement goes between every
# character and at both ends
let r = builtins.replaceStrings; in
[ (r [ "" ] [ "-" ] "abc") (r [ "" ] [ "-" ] "") (r [ "" ] [ "" ] "abc")
  (r [ "" "a" ] [ "-" "X" ] "abc") (r [ "a" "" ] [ "X" "-" ] "abc")
  (r [ "a" "" ] [ "X" "-" ] "aa") (r [ "" ] [ "ab" ] "xy") ]
