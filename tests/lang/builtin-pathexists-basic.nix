[ (builtins.pathExists ./builtin-data-misc/hash.txt)
  (builtins.pathExists ./builtin-data-misc)
  (builtins.pathExists ./builtin-data-misc/missing)
  (builtins.pathExists ./builtin-data-misc/missing/deeper)
  (builtins.pathExists ./builtin-data-misc/readdir/link)
  (builtins.pathExists ./builtin-data-misc/readdir/dirlink)
  (builtins.pathExists ./builtin-data-misc/empty.txt)
  (builtins.pathExists /.) ]
