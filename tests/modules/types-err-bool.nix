# bool definitions that differ conflict (they are not or-ed).
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-bool/opt.nix ./types-err-bool/a.nix ./types-err-bool/b.nix ];
}).config
