# Several definitions at the winning priority are merged by the type: lists concatenated, equal strings accepted.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-same-level/options.nix ./prio-same-level/a.nix ./prio-same-level/b.nix ];
}).config
