a = "\x4g"
