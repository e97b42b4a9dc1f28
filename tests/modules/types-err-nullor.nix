# nullOr refuses null from one module and a value from another.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-nullor/opt.nix ./types-err-nullor/a.nix ./types-err-nullor/b.nix ];
}).config
