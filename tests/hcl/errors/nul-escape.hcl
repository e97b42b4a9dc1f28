a = "before\000after"
