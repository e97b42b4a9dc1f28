let p = ./a; in [ (p+"/b") ./a/b.c.d ]
