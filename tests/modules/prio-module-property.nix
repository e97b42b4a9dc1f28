# A whole module may be mkIf, mkForce or mkDefault: it is taken as its `config` and the property pushed down.
{ lib }:
let
  inherit (lib) mkOption mkIf mkForce mkDefault types;
in
(lib.evalModules {
  modules = [
    {
      options.a = mkOption { type = types.int; default = 0; };
      options.b = mkOption { type = types.int; default = 0; };
      options.c = mkOption { type = types.listOf types.int; default = [ ]; };
    }
    (mkForce { a = 1; c = [ 1 ]; })
    (mkIf false { a = 99; b = 99; })
    (mkIf true { b = 2; c = [ 2 ]; })
    (mkDefault { b = 98; })
    { a = 3; c = mkForce [ 3 ]; }
  ];
}).config
