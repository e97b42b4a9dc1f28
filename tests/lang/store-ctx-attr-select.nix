let f = builtins.toFile "f" "x"; in
{ a = 1; }.${f} or 2
