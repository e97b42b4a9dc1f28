{ lib, ... }:
{
  imports = [ ./c.nix ];
  steps = lib.mkMerge [ (lib.mkOrder 700 [ "a-700-1" ]) [ "a-plain" ] (lib.mkOrder 700 [ "a-700-2" ]) (lib.mkBefore [ "a-before" ]) ];
}
