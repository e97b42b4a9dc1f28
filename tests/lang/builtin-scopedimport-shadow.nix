# the scope shadows builtins such as map and even the name builtins
[ (scopedImport { } ./builtin-data-misc/scoped-builtins.nix)
  (scopedImport { map = f: l: "shadowed"; } ./builtin-data-misc/scoped-builtins.nix)
  (scopedImport { builtins = { typeOf = x: "fake"; }; } ./builtin-data-misc/scoped-builtins.nix) ]
