let rep = n: s: builtins.concatStringsSep "" (builtins.genList (_: s) n); in
[ (builtins.stringLength (rep 10000 "ab")) (builtins.stringLength (rep 1000 "é"))
  (builtins.stringLength (toString 123456)) (builtins.stringLength (toString 1.5))
  (builtins.stringLength (toString [ 1 2 3 ])) (builtins.stringLength (toString null)) ]
