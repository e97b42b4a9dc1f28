# only one trailing slash is ignored; repeated slashes are not collapsed
map builtins.baseNameOf [ "" "/" "//" "a" "a/" "a/b" "a/b/" "a//b" "a/b//" "/a" "/a/"
  "/a/b/c.txt" "./a" "../a/.." "a/." "///a///" "foo.tar.gz" "/nix/store/abc-hello-1.0" ]
