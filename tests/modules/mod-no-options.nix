# Without a prefix and with no options declared, the error says the option was probably meant to go into `options'.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-no-options/host.nix ];
}).config
