[ (builtins ? map) (builtins.isAttrs builtins) (builtins.builtins ? true)
  (builtins ? doesNotExist) (builtins.builtins.builtins ? map) (builtins ? builtins)
  (builtins ? length) (builtins ? toString) ]
