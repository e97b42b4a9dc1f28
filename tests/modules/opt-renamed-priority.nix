# mkRenamedOptionModule keeps priorities: an old-name mkDefault loses to a new-name definition; no warning when the old name is unused.
{ lib }:
let
  evalWith = extra: lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      ./opt-rename/new.nix
      (lib.mkRenamedOptionModule [ "services" "web" "port" ] [ "services" "web" "listen" "port" ])
    ] ++ extra;
  };
  a = evalWith [ { services.web.port = lib.mkDefault 1000; } { services.web.listen.port = 2000; } ];
  b = evalWith [ { services.web.port = lib.mkForce 1000; } { services.web.listen.port = 2000; } ];
  c = evalWith [ { services.web.listen.port = 3000; } ];
in
{
  a = { port = a.config.services.web.listen.port; warnings = builtins.length a.config.warnings; };
  b = { port = b.config.services.web.listen.port; warnings = builtins.length b.config.warnings; };
  c = { port = c.config.services.web.listen.port; warnings = c.config.warnings; };
}
