[ (builtins.attrNames { a = throw "x"; b = abort "y"; })
  (builtins.attrNames ({ b = 1; c = 2; } // { a = 3; c = 4; }))
  (builtins.attrNames (rec { z = y; y = 1; }))
  (builtins.attrNames { a.b.c = 1; a.d = 2; e = { }; })
  (builtins.attrNames { ${"dyn"} = 1; inherit (builtins) map; }) ]
