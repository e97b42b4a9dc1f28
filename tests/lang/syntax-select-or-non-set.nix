let n = 1; in [ (n.a or 2) ("s".x or 3) ({ a = 4; }.a) ({ a.b = 5; }.a.b or 6) ]
