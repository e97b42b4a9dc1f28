scopedImport { } ./builtin-data-misc/no-such-file.nix
