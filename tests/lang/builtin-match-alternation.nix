let m = builtins.match; in
[ (m "a|b|c" "b") (m "a|b|c" "d") (m "(cat|dog)s?" "dogs") (m "(cat|dog)s?" "cat")
  (m "a||b" "b") (m "a||b" "") (m "|a" "a") (m "a|b|" "")
  (m "(foo|foobar)baz" "foobarbaz") (m "x(a|b)*y" "xababy") ]
