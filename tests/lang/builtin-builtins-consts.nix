[ builtins.true builtins.false builtins.null (builtins.true == true) (builtins.null == null) (builtins.builtins.false) ]
