let x = "m"; y = "n"; in [ ./a/${x}/b ./a/${x}${y} ./a/${x}-${y}.c ]
