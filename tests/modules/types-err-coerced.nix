# a string that does not match is neither the final type nor coercible to it.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-coerced/opt.nix ./types-err-coerced/a.nix ];
}).config
