{ lib, ... }:
{
  options.steps = lib.mkOption { type = lib.types.listOf lib.types.str; };
  config.steps = lib.mkMerge [ (lib.mkOrder 700 [ "options-700" ]) [ "options-plain" ] (lib.mkBefore [ "options-before" ]) ];
}
