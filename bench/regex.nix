# Regular expressions: builtins.match with groups, builtins.split and
# replaceStrings over 20,000 generated host descriptions.
let
  hosts = builtins.genList (i: "node-${toString i}.rack${toString (builtins.div i 40)}.example.org:${toString (8000 + i)}") 20000;
  parse = h:
    let m = builtins.match "([a-z]+)-([0-9]+)\\.(rack[0-9]+)\\.([a-z.]+):([0-9]+)" h;
    in builtins.length m + builtins.stringLength (builtins.elemAt m 2);
  pieces = h: builtins.length (builtins.filter builtins.isString (builtins.split "[.:-]" h));
  rewrite = h: builtins.stringLength (builtins.replaceStrings [ "example" "rack" ] [ "ex" "r" ] h);
in
builtins.foldl' (acc: h: acc + parse h + pieces h + rewrite h) 0 hosts
