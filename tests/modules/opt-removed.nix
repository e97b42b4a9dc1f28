# mkRemovedOptionModule: defining the option adds a failing assertion naming the file; reading it throws.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      (lib.mkRemovedOptionModule [ "services" "web" "ssl" ] "Use services.web.tls instead.")
      (lib.mkRemovedOptionModule [ "services" "web" "gzip" ] "It is always on.")
      ./opt-removed/user.nix
    ];
  };
in
{
  inherit (eval.config) assertions warnings;
  read = builtins.tryEval eval.config.services.web.ssl;
  readUndefined = builtins.tryEval eval.config.services.web.gzip;
  visible = eval.options.services.web.ssl.visible;
}
