{ good = [ 1 2 ]; bad = throw "not selected"; }
