# mkRenamedOptionModule: definitions of the old name move to the new one, with one warning naming the files.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      ./opt-rename/new.nix
      (lib.mkRenamedOptionModule [ "services" "web" "port" ] [ "services" "web" "listen" "port" ])
      (lib.mkRenamedOptionModule [ "services" "web" "hostNames" ] [ "services" "web" "hosts" ])
      ./opt-rename/old.nix
      ./opt-rename/more.nix
    ];
  };
in
{
  inherit (eval.config.services.web) listen hosts;
  inherit (eval.config) warnings;
  oldVisible = eval.options.services.web.port.visible;
  oldDescription = eval.options.services.web.port.description;
  oldType = eval.options.services.web.port.type.description;
  oldValue = eval.config.services.web.port;
}
