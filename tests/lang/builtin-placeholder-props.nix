let p = placeholder "out"; in
[ (builtins.stringLength p) (builtins.substring 0 1 p) (builtins.typeOf p)
  (p == placeholder ("o" + "ut")) (p == placeholder "Out") ]
