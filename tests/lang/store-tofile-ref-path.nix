let
  f = builtins.toFile "script" ''
    cat ${./store-data/hello.txt}
    ls ${./store-data/tree}
  '';
in { inherit f; ctx = builtins.getContext f; }
