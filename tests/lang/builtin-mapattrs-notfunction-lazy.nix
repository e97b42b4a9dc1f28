# the function is not forced until a value is needed
[ (builtins.mapAttrs 1 { }) (builtins.attrNames (builtins.mapAttrs 1 { a = 1; })) ]
