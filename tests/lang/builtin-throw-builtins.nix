{ a = 1; b = builtins.throw "via builtins"; }
