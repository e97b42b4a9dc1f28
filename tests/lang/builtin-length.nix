map builtins.length [ [ ] [ 1 ] [ 1 2 3 ] [ [ ] [ ] ] [ (throw "lazy") (abort "lazy") ] (builtins.genList (x: x) 100) ]
