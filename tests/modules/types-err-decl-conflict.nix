# an option declared as int in one file and str in another: "already declared".
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-decl-conflict/a.nix ./types-err-decl-conflict/b.nix ];
}).config
