{ lib, ... }:
{
  steps = lib.mkMerge [ [ "c-plain" ] (lib.mkOrder 700 [ "c-700" ]) (lib.mkBefore [ "c-before" ]) ];
}
