# toPath canonicalises an absolute path: "." and ".." are resolved, repeated
# and trailing slashes removed; the result is a string
map builtins.toPath [ "/" "//" "/a/b" "/a/b/" "/a//b" "/a/./b" "/a/../b" "/../.." "/a/b/../../.."
  "/a/.b/..c/..." "/." "/a/." "/a\nb" ]
