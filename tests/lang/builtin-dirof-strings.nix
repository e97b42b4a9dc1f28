# everything before the last slash (so a trailing slash is simply cut off);
# repeated slashes are not collapsed; "/" if that slash is the first
# character; "." if there is no slash
map builtins.dirOf [ "" "/" "//" "a" "a/" "a/b" "a/b/" "a//b" "a/b//" "/a" "/a/"
  "/a/b/c.txt" "./a" "../a/.." "a/." "///a///" "foo.tar.gz" "/nix/store/abc-hello-1.0" ]
