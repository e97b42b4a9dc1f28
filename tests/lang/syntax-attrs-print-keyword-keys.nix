{ "or" = 1; "true" = 2; "rec" = 3; "inherit" = 4; "let" = 5; "__curPos" = 6; "é" = 7; "then" = 8; "null" = 9; "with" = 10; "assert" = 11; "else" = 12; "in" = 13; }
