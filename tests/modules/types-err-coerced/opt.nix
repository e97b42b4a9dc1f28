{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.uid = mkOption { type = types.coercedTo types.int toString (types.strMatching "[0-9]+"); };
}
