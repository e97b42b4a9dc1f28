builtins.deepSeq { a = [ { b = 1; } { c = throw "deep inside"; } ]; } 1
