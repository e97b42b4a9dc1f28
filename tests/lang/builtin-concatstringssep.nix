let d = "-"; in
[ (builtins.concatStringsSep "," [ ]) (builtins.concatStringsSep "," [ "a" ])
  (builtins.concatStringsSep "," [ "a" "b" "c" ]) (builtins.concatStringsSep "" [ "a" "b" ])
  (builtins.concatStringsSep "${d}+${d}" [ "x" "y" ]) (builtins.concatStringsSep ", " [ "" "" ])
  (builtins.concatStringsSep "/" [ { outPath = "o"; } (toString ./builtin-data/val.nix) ]) ]
