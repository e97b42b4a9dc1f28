# mkRenamedOptionModuleWith: a rename since an ancient release warns; one since a far-future release does not.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      ./opt-rename/new.nix
      (lib.mkRenamedOptionModuleWith { sinceRelease = 1803; from = [ "services" "web" "port" ]; to = [ "services" "web" "listen" "port" ]; })
      (lib.mkRenamedOptionModuleWith { sinceRelease = 9911; from = [ "services" "web" "hostNames" ]; to = [ "services" "web" "hosts" ]; })
      ./opt-rename/old.nix
    ];
  };
in
{
  inherit (eval.config.services.web) listen hosts;
  inherit (eval.config) warnings;
}
