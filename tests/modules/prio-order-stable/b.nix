{ lib, ... }:
{
  steps = lib.mkMerge [ (lib.mkBefore [ "b-before" ]) (lib.mkOrder 700 [ "b-700" ]) [ "b-plain" ] ];
}
