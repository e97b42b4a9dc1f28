{ a = [ 1 "s" true null 1.5 ]; b = { "c d" = "e\nf"; }; }
