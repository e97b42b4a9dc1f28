# Build a 100,000-attribute set with listToAttrs, then read every attribute
# back by dynamic selection and with getAttr.
let
  n = 100000;
  s = builtins.listToAttrs (builtins.genList (i: {
    name = "key${toString i}";
    value = i;
  }) n);
  names = builtins.attrNames s;
  viaSelect = builtins.foldl' (acc: name: acc + s.${name}) 0 names;
  viaGetAttr = builtins.foldl' (acc: name: acc + builtins.getAttr name s) 0 names;
in
viaSelect + viaGetAttr + builtins.length names
