# A disabledModules item that is an attribute set without a key is an error naming the file that lists it.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-disabled-bad-item/host.nix ];
}).config
