# a bad field in the second element of a list of submodules names the entry.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-listof-elem/opt.nix ./types-err-listof-elem/a.nix ];
}).config
