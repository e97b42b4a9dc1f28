# `imports' are followed recursively, through paths, functions and inline sets; a module reached twice counts once.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-imports-recursive/top.nix ];
}).config
