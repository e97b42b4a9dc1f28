{ x = 1; y = "from a"; }
