# An undeclared option in a listOf submodule entry: the path names the definition and entry.
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix { _file = ./err-undefined-list-submodule.nix; services.web.listen = [ { addr = "::"; } { addr = "0.0.0.0"; prot = 80; } ]; } ];
}).config
