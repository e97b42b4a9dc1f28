builtins.attrNames { b = 1; B = 2; a = 3; _x = 4; "10" = 5; "9" = 6; A = 7; "a-b" = 8; "a'" = 9; "" = 10; z = 11; }
