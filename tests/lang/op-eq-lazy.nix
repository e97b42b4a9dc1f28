[
  ([ 1 (throw "no") ] == [ 2 (throw "no") ])
  ([ 1 2 ] == [ 1 2 (throw "no") ])
  ({ a = throw "no"; } == { b = throw "no"; })
  ({ a = 1; } == { a = 1; b = throw "no"; })
  (let x = { a = throw "no"; }; in [ x ] == [ x ])
  (let x = { a = throw "no"; }; in [ x x ] == [ x x ])
]
