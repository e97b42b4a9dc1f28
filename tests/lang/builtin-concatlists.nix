[ (builtins.concatLists [ ]) (builtins.concatLists [ [ ] ]) (builtins.concatLists [ [ 1 ] [ ] [ 2 3 ] ])
  (builtins.concatLists [ [ [ 1 ] ] [ [ ] ] ]) (builtins.concatLists [ [ ] [ ] [ ] ])
  (builtins.length (builtins.concatLists [ [ (throw "x") ] [ (throw "y") 1 ] ])) ]
