let e = "dyn"; in { a.${e}.c = 1; a.s = 2; x.${"y"} = 3; }
