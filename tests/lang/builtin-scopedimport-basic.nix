[ (scopedImport { x = 1; y = 2; } ./builtin-data-misc/scoped.nix)
  (builtins.scopedImport { x = "a"; y = "b"; } ./builtin-data-misc/scoped.nix)
  # extra names in the scope are fine
  (scopedImport { x = 10; y = 20; unused = throw "not forced"; } ./builtin-data-misc/scoped.nix).z
  # a plain import of a file that needs no scope
  (scopedImport { } ./builtin-data/val.nix) ]
