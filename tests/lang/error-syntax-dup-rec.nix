rec { x = 1; y = x; x = 2; }
