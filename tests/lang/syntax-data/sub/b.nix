"b in sub"
