# unique refuses a second definition and adds its message.
{ lib }:
(lib.evalModules {
  modules = [ ./types-err-unique/opt.nix ./types-err-unique/a.nix ./types-err-unique/b.nix ];
}).config
