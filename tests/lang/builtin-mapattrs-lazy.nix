let m = builtins.mapAttrs (n: v: throw "no") { a = 1; b = 2; }; in
[ (builtins.attrNames m) (builtins.hasAttr "a" m)
  (builtins.mapAttrs (n: v: if n == "a" then throw "no" else v) { a = 1; b = 2; }).b ]
