# uniq and unique pass a single definition through the inner type's merge (and checks).
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        list = mkOption { type = types.uniq (types.listOf types.int); };
        sub = mkOption {
          type = types.unique { message = "once"; } (types.submodule {
            options.x = mkOption { type = types.int; default = 1; };
            options.y = mkOption { type = types.int; default = 2; };
          });
        };
        withDefault = mkOption { type = types.uniq types.str; default = "default"; };
        defaultOverridden = mkOption { type = types.uniq types.str; default = "default"; };
        coerced = mkOption { type = types.uniq (types.coercedTo types.int toString types.str); };
      };
      config = { list = [ 1 (lib.mkIf false 2) 3 ]; sub.y = 20; defaultOverridden = "set"; coerced = 7; };
    }
  ];
}).config
