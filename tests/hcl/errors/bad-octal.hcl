mode = 0789
