let n = 0; in 1 / n
