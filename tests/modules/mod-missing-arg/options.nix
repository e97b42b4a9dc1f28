{ lib, unusedArg, ... }:
{
  options.shell = lib.mkOption { type = lib.types.str; };
}
