abort "bad thing"
