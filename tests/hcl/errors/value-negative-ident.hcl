a = -b
