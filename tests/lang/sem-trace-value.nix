builtins.trace "msg" [ 1 2 ]
