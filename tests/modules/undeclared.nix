# Defining an option nobody declared names the option and the file.
{ lib }:
(lib.evalModules {
  modules = [
    ./basic-web/web.nix
    { _file = ./undeclared.nix; services.web.prot = 8080; }
  ];
}).config
