# With a prefix and no options declared at all, the error explains that options may have been put under `config'.
{ lib }:
(lib.evalModules {
  prefix = [ "users" "alice" ];
  modules = [ ./mod-prefix-no-options/user.nix ];
}).config
