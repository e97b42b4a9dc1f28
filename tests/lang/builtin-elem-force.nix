builtins.elem 2 [ 1 (throw "forced while searching") 2 ]
