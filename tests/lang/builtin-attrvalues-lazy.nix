[ (builtins.length (builtins.attrValues { a = throw "x"; b = 1; })) (builtins.attrNames { z = throw "x"; y = abort "y"; }) ]
