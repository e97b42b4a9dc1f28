# raw allows a single definition, even when two are equal.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-raw/opt.nix ./types-err-raw/a.nix ./types-err-raw/b.nix ];
}).config
