# With listsAsDuplicateKeys but not atomsCoercedToLists, a single value
# and a list from two modules do not merge (as in NixOS).
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix ./formats-err-ini-mixed/a.nix ./formats-err-ini-mixed/b.nix ];
}).config
