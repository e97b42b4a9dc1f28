# an absolute string names the file too; the result equals hashString of the contents
let f = toString ./builtin-data-misc/hash.txt; in
[ (builtins.hashFile "sha256" f)
  (builtins.hashFile "sha256" f == builtins.hashString "sha256" "hello nomix\n")
  (builtins.stringLength (builtins.hashFile "sha512" ./builtin-data-misc/readdir/link))
  (builtins.hashFile "md5" ./builtin-data-misc/readdir/link) ]
