# an absolute string works too, and a symlink to a directory is followed
[ (builtins.readDir (toString ./builtin-data-misc/readdir/subdir))
  (builtins.readDir ./builtin-data-misc/readdir/dirlink)
  (builtins.readDir ((toString ./builtin-data-misc/readdir) + "/subdir/")) ]
