[ 1 [ 2 (throw "in list") ] ]
