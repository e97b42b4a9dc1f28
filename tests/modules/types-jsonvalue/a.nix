{ lib, ... }:
{
  options.settings = lib.mkOption { type = lib.types.jsonValue; default = { }; };
  config.settings = {
    datacenter = "home";
    client = { enabled = true; servers = [ "10.0.0.1:4647" ]; };
    limits.cpu = 0.5;
  };
}
