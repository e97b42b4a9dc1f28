[ (builtins.attrNames { }) (builtins.attrValues { }) ]
