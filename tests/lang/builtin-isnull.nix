[ (isNull null) (isNull 0) (builtins.isNull "") (isNull [ ]) (builtins.isNull builtins.null) (isNull { }) ]
