[ (toString true) (toString false) (toString null) (builtins.toString true) ]
