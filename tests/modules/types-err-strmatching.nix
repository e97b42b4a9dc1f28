# strMatching inside attrsOf: the error names the attribute and the pattern.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-strmatching/opt.nix ./types-err-strmatching/a.nix ];
}).config
