[ (builtins.typeOf builtins.currentSystem) __currentSystem (builtins.stringLength builtins.currentSystem)
  (builtins.currentSystem == "x86_64-linux") ]
