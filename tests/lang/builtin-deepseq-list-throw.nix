builtins.deepSeq [ 1 [ 2 [ 3 (throw "deep in a list") ] ] ] 0
