# names come sorted (bytewise: uppercase before lowercase, "." first)
[ (builtins.attrNames (builtins.readDir ./builtin-data-misc/readdir))
  (builtins.readDir ./builtin-data-misc/readdir/subdir)
  (builtins.attrValues (builtins.readDir ./builtin-data-misc/readdir/.hidden)) ]
