# With a freeformType, undeclared definitions inside a declared option set go to the freeform value, merged beside the declared options.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      freeformType = types.lazyAttrsOf types.anything;
      options.services.web.port = mkOption { type = types.port; default = 80; };
    }
    {
      services.web.extraConfig = "gzip on;";
      services.db.port = 5432;
      environment = { EDITOR = "vi"; };
    }
    {
      services.web.port = 443;
      environment.PAGER = "less";
      services.web.extraConfig = lib.mkForce "gzip off;";
    }
  ];
}).config
