[ (builtins.concatStringsSep "\n" [ "a" "b" ]) (builtins.concatStringsSep "," [ "" ])
  (builtins.concatStringsSep "," [ "" "" "" ]) (builtins.concatStringsSep "" [ ])
  (builtins.concatStringsSep "é" [ "a" "b" ]) (builtins.concatStringsSep "ab" [ "x" "" "y" ]) ]
