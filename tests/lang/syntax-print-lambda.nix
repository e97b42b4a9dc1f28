[ (x: x) ({ a }: a) { f = y: y; } ]
