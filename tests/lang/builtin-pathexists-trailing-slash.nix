let d = toString ./builtin-data-misc; in
[ (builtins.pathExists (d + "/"))
  (builtins.pathExists (d + "/readdir/subdir/"))
  (builtins.pathExists (d + "/hash.txt/"))
  (builtins.pathExists (d + "/missing/"))
  (builtins.pathExists (./builtin-data-misc + "/"))
  (builtins.pathExists (d + "//hash.txt")) ]
