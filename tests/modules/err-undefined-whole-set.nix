# Defining a whole set where only some options exist: the first name that is no option is reported.
{ lib }:
(lib.evalModules {
  modules = [
    ./err-common/web.nix
    { _file = ./err-undefined-whole-set.nix; services.web = { enable = true; user = "www"; extraConfig = { gzip = true; }; }; }
  ];
}).config
