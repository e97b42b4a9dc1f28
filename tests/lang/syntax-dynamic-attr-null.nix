{ ${null} = 1; b = 2; ${if true then null else "c"} = 3; }
