# disabledModules by path removes the module wherever it is imported, and what only it imports; shared imports stay.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-disabled-path/host.nix ];
}).config
