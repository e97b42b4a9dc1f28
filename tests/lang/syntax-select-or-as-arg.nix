let f = x: x; or = "var-or"; in [ (f or) ]
