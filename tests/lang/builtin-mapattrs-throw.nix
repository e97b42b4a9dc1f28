builtins.mapAttrs (n: v: if n == "b" then throw "b is bad" else v) { a = 1; b = 2; }
