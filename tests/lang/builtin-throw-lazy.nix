let unused = throw "never"; in
[ { a = 1; b = throw "no"; }.a (if true then 2 else throw "no")
  (let unusedToo = abort "never"; in 3) (builtins.length [ (abort "lazy") (builtins.abort "lazy") ]) ]
