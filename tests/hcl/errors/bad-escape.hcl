a = "C:\\dir\q"
