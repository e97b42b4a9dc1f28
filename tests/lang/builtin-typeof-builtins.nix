map builtins.typeOf [ builtins.map builtins.typeOf map toString import throw abort
  builtins.builtins builtins.true builtins.null isNull removeAttrs ]
