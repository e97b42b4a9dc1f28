# TOML has no null.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-toml-null.nix; toml.server = { port = 80; tls = null; }; } ];
}).config
