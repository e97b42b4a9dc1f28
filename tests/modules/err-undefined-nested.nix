# An undeclared option under a declared set, close to a declared name (enabel for enable).
{ lib }:
(lib.evalModules {
  modules = [ ./err-common/web.nix ./err-undefined-nested/user.nix ];
}).config
