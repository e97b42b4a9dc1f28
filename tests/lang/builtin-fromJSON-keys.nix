builtins.fromJSON ''{"zeta": 1, "": 2, " ": 3, "é": 4, "a\nb": 5, "a.b": 6, "A": 7, "\u00e9x": 8, "1": 9}''
