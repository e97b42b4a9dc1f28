let x = "s"; n = 1; in [ x x n n ]
