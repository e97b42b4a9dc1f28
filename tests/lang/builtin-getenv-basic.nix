[ (builtins.getEnv "HOME")
  (builtins.getEnv "NOMIX_SURELY_UNSET_VARIABLE")
  (builtins.getEnv "NIX_PATH")
  (builtins.typeOf (builtins.getEnv "NOMIX_SURELY_UNSET_VARIABLE")) ]
