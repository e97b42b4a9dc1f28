[ (builtins.deepSeq [ 1 2 { a = 3; b = [ "x" ]; } ] "ok")
  (builtins.deepSeq { f = x: throw "in function body"; } 5)
  (builtins.deepSeq [ ] null)
  # the second argument is returned, deepSeq does not force it deeply
  (builtins.length (builtins.deepSeq 1 [ (throw "x") ])) ]
