let iff = 1; lett = 2; inn = 3; with_ = 4; rec1 = 5; then2 = 6; in [ iff lett inn with_ rec1 then2 ]
