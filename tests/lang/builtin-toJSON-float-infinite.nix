# Infinities are written as bare inf / -inf (not valid JSON).
let inf = 1.0e308 * 10.0; in
builtins.toJSON { pos = inf; neg = -inf; list = [ inf 1.0 ]; }
