# a plain import inside the imported file does not see the scope
scopedImport { x = 1; } ./builtin-data-misc/scoped-import.nix
