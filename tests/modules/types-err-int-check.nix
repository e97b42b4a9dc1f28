# a port above 65535 is not of type port, and the message names the u16 range.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-int-check/opt.nix ./types-err-int-check/a.nix ];
}).config
