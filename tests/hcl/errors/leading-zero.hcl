port = 08
