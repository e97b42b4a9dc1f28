# Definitions with equal order priority keep their definition order, across modules and imports.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-order-stable/a.nix ./prio-order-stable/b.nix ./prio-order-stable/options.nix ];
}).config
