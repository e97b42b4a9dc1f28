# Several definitions, two of the wrong type: only the bad ones are shown.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    { _file = ./err-wrong-type-several/a.nix; services.web.user = "www"; }
    { _file = ./err-wrong-type-several/b.nix; services.web.user = 33; }
    { _file = ./err-wrong-type-several/c.nix; services.web.user = [ "www" ]; }
  ];
}).config
