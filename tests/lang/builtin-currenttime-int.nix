[ (builtins.typeOf builtins.currentTime) (builtins.isInt __currentTime) (builtins.currentTime > 1600000000) ]
