# regular expressions work on bytes: "é" is two bytes
let m = builtins.match; in
[ (m ".*" "é") (m "." "é") (m ".." "é") (m "é+" "éé") (m "(é)+" "éé")
  (m "[[:alpha:]]" "é") (m "a(.*)c" "aéc") ]
