# scope values are only forced when the imported file uses them
(scopedImport { x = 1; y = throw "y forced"; } ./builtin-data-misc/scoped.nix).x
