# 200 levels of nested arrays and objects.
let
  n = 200;
  rep = s: builtins.concatStringsSep "" (builtins.genList (_: s) n);
  arr = builtins.fromJSON (rep "[" + "1" + rep "]");
  obj = builtins.fromJSON (rep ''{"a":'' + "true" + rep "}");
  depth = f: v: if f v then 1 + depth f (if builtins.isList v then builtins.head v else v.a) else 0;
in [ (depth builtins.isList arr) (depth builtins.isAttrs obj) ]
