# a value outside an enum; the message lists the allowed values.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-enum/opt.nix ./types-err-enum/a.nix ];
}).config
