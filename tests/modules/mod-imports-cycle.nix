# Modules that import each other in a cycle: each is loaded once. (NixOS
# recurses without end here and fails with a stack overflow; nomix keeps
# the breadth-first, once-per-key order it uses everywhere else.)
{ lib }:
(lib.evalModules {
  modules = [ ./mod-imports-cycle/a.nix ];
}).config
