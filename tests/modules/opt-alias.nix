# mkAliasOptionModule: definitions of the alias go to the target silently; reading the alias reads the target.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      ./opt-rename/new.nix
      (lib.mkAliasOptionModule [ "port" ] [ "services" "web" "listen" "port" ])
      { port = 8000; }
      { services.web.hosts = [ "x" ]; }
    ];
  };
in
{
  inherit (eval.config) port warnings;
  target = eval.config.services.web.listen.port;
  aliasVisible = eval.options.port.visible;
  aliasDescription = eval.options.port.description;
  aliasType = eval.options.port.type.description;
  aliasDefined = eval.options.port.isDefined;
}
