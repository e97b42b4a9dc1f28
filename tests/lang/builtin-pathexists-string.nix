# absolute strings work like paths
let d = toString ./builtin-data-misc; in
[ (builtins.pathExists (d + "/hash.txt"))
  (builtins.pathExists (d + "/missing"))
  (builtins.pathExists "/")
  (builtins.pathExists (d + "/readdir/subdir/../file.txt"))
  (builtins.pathExists (d + "/./hash.txt"))
  # the string is not canonicalised: ".." after a missing directory fails
  (builtins.pathExists (d + "/missing/../hash.txt")) ]
