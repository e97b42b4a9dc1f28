{ lib, ... }:
{
  imports = [ { options.config = lib.mkOption { type = lib.types.str; default = "an option named config"; }; } ];
  name = "shorthand";
  tags = [ "shorthand" ];
}
