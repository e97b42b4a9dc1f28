# No options declared at all and a definition under `config': the hint about `config' rather than `options'.
{ lib }:
(lib.evalModules {
  modules = [ { _file = ./err-config-not-options.nix; config.services.web.enable = true; } ];
}).config
