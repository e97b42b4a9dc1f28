# mkRemovedOptionModule without an `assertions' option declared: its own assertion definition does not exist.
{ lib }:
(lib.evalModules {
  modules = [
    { _file = ./err-removed-no-assertions.nix; imports = [ (lib.mkRemovedOptionModule [ "services" "web" "ssl" ] "Use TLS.") ]; }
    { services.web.ssl = true; }
  ];
}).config
