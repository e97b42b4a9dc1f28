# With several undeclared definitions, the error reports the first in name order, looking inside declared option sets too.
{ lib }:
(lib.evalModules {
  modules = [ ./mod-undeclared-first/options.nix ./mod-undeclared-first/host.nix ];
}).config
