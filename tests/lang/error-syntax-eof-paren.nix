map (x: x
