let rep = n: s: if n == 0 then "" else s + rep (n - 1) s; in
builtins.toFile (rep 21 "abcdefghij" + "kl") "x"
