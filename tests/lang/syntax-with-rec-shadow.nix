with { a = "outer"; }; rec { a = "inner"; b = a; }
