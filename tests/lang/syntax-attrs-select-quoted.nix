let s = { "a b" = 1; "" = 2; "if" = 3; c = { "d e" = 4; }; }; in [ s."a b" s."" s."if" s.c."d e" s.${"c"}."d e" ]
