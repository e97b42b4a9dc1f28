# attributes other than key are not forced
builtins.length (builtins.genericClosure { startSet = [ { key = 1; v = throw "no"; } ]; operator = x: [ { key = 2; v = throw "no"; } ]; })
