let a-b = 1; a = 5; b = 2; x' = 3; _y = 4; z1 = 6; a'b-c_d = 7; in [ a-b (a - b) x' _y z1 a'b-c_d ]
