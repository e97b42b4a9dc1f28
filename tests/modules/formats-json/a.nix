{ lib, ... }:
let fmt = lib.formats.json { }; in
{
  options.settings = lib.mkOption { type = fmt.type; default = { }; };
  options.file = lib.mkOption { type = lib.types.str; };
  config.settings = {
    datacenter = "home";
    client = { enabled = true; servers = [ "10.0.0.1:4647" ]; };
    limits.cpu = 0.5;
  };
}
