# HCL has no null: an attribute may be null (and is left out), a list
# element may not.
{ lib }:
(lib.evalModules {
  modules = [ ./formats-err-common/options.nix { _file = ./formats-err-hcl-null-list.nix; hcl.client = { network_interface = null; servers = [ "10.0.0.1" null ]; }; } ];
}).config
