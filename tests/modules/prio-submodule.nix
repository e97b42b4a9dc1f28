# Priorities inside submodules: the submodule's own defaults and mkDefaults lose to definitions from outside, per attribute.
{ lib }:
(lib.evalModules {
  modules = [ ./prio-submodule/options.nix ./prio-submodule/host.nix ];
}).config
