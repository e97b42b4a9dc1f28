# An attribute set with `outPath' in `imports' is loaded as a module (its outPath a definition), not as the path it names.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-outpath/host.nix ];
}).config
