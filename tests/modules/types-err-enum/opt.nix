{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.mode = mkOption { type = types.enum [ "fast" "safe" 3 ]; default = "safe"; };
}
