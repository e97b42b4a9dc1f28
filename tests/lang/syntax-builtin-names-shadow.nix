let true = 1; null = 2; import = x: x + 1; in [ true null (import 5) ]
