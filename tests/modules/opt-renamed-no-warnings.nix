# mkRenamedOptionModule when no `warnings' option is declared: the value still moves and nothing fails.
{ lib }:
(lib.evalModules {
  modules = [
    ./opt-rename/new.nix
    (lib.mkRenamedOptionModule [ "services" "web" "port" ] [ "services" "web" "listen" "port" ])
    { services.web.port = 8443; }
  ];
}).config.services.web.listen
