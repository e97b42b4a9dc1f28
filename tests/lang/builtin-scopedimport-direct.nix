# the same file works when scopedImport'ed directly
[ (scopedImport { x = 1; } ./builtin-data-misc/scoped-x.nix)
  (scopedImport { x = 2; } ./builtin-data-misc/scoped-x.nix) ]
