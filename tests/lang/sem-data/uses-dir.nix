let lib = import ./dir; in { msg = lib.msg; n = builtins.length lib.parent; }
