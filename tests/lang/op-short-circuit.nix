[
  (false && throw "no")
  (true || throw "no")
  (false -> throw "no")
  (false && abort "no")
  (true || abort "no")
  (false -> abort "no")
  (false && (1 == "x" + 1))
  (true || (let x = x; in x))
  (false && false && throw "no")
  (true || throw "a" || throw "b")
  (false -> throw "a" -> throw "b")
]
