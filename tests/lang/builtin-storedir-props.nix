[ (builtins.typeOf builtins.storeDir) __storeDir (builtins.isPath builtins.storeDir)
  (builtins.storeDir + "/x") ]
