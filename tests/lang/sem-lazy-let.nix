let x = throw "no"; y = abort "no"; in 1
