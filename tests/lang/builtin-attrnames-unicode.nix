# names are sorted bytewise
builtins.attrNames { "é" = 1; z = 2; Z = 3; "ä" = 4; "~" = 5; " " = 6; "0" = 7; "_" = 8; "Ω" = 9; "a" = 10; }
