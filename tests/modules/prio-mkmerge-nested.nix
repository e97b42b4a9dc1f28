# mkMerge nested in mkMerge, with mkIf inside and around: all flattened in order.
{ lib }:
let
  inherit (lib) mkOption mkMerge mkIf types;
in
(lib.evalModules {
  modules = [
    {
      options.list = mkOption { type = types.listOf types.int; };
      options.attrs = mkOption { type = types.attrsOf types.int; };
      options.none = mkOption { type = types.listOf types.int; default = [ 0 ]; };
    }
    {
      list = mkMerge [
        [ 1 ]
        (mkMerge [ [ 2 ] (mkIf true [ 3 ]) (mkIf false [ 99 ]) (mkMerge [ ]) ])
        (mkIf true (mkMerge [ [ 4 ] (mkIf false [ 98 ]) [ 5 ] ]))
        (mkIf false (mkMerge [ [ 97 ] ]))
        [ 6 ]
      ];
      attrs = mkMerge [ { a = 1; } (mkMerge [ { b = 2; } (mkIf true { c = 3; }) ]) ];
      none = mkMerge [ (mkIf false [ 1 ]) (mkMerge [ ]) ];
    }
  ];
}).config
