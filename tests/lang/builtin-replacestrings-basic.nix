let r = builtins.replaceStrings; in
[ (r [ "o" ] [ "0" ] "foo boo") (r [ "a" "b" ] [ "1" "2" ] "abcab") (r [ "a" ] [ "" ] "banana")
  (r [ ] [ ] "abc") (r [ "x" ] [ "y" ] "abc") (r [ "abc" ] [ "X" ] "ab") (r [ "a" ] [ "b" ] "")
  (r [ "é" ] [ "e" ] "café") (r [ "\n" ] [ "\\n" ] "a\nb\n") (r [ "abc" ] [ "" ] "abc") ]
