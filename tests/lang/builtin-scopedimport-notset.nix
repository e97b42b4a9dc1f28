scopedImport [ 1 ] ./builtin-data-misc/scoped.nix
