{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.host = mkOption { type = types.attrsOf (types.strMatching "[a-z]+"); default = { }; };
}
