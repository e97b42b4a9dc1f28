let __sub = a: b: "sub"; __mul = a: b: "mul"; __div = a: b: "div"; __lessThan = a: b: "lt"; in
[ (-1) (1 - 2) (2 * 3) (4 / 2) (1 < 2) (2 > 1) (1 + 2) ]
