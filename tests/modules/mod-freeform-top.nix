# freeformType at the top level: undeclared definitions merge through it, next to declared options (nested ones too).
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      freeformType = types.attrsOf (types.either types.int (types.attrsOf types.str));
      options.name = mkOption { type = types.str; default = "unnamed"; };
      options.services.web.port = mkOption { type = types.port; default = 80; };
    }
    {
      workers = 4;
      labels.env = "prod";
      services.web.port = 8080;
    }
    {
      labels.team = "ops";
      name = "box";
      workers = lib.mkForce 8;
    }
  ];
}).config
