# an option without a type cannot merge two different integers.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-unspecified/opt.nix ./types-err-unspecified/a.nix ./types-err-unspecified/b.nix ];
}).config
