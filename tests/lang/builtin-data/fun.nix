x: x * 2
