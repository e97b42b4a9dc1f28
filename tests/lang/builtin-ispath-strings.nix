# things that look like paths but are strings
[ (builtins.isPath (builtins.toPath "/a/b")) (builtins.isPath builtins.storeDir)
  (builtins.isPath (placeholder "out")) (builtins.isPath (/. + "")) (builtins.isPath (toString /a)) ]
