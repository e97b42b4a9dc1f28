builtins.toXML { "a<b>&\"c'd" = 1; "line\nbreak" = 2; }
