# The module system at scale: 200 modules declare 2,000 options (ten each,
# with submodules, enums, lists and sets) and define their own and their
# neighbours' options with mkMerge, mkIf and mkDefault; the whole config
# is evaluated (through toJSON) and its size printed.
let
  lib = import ../modules/lib;
  inherit (lib) mkOption types mkIf mkDefault mkMerge;
  n = 200;
  mod = i:
    let
      name = "m${toString i}";
      next = "m${toString (lib.mod (i + 1) n)}";
    in
    { config, ... }: {
      options.services.${name} = {
        enable = mkOption { type = types.bool; default = false; };
        port = mkOption { type = types.port; default = 1000 + i; };
        name = mkOption { type = types.str; default = name; };
        tags = mkOption { type = types.listOf types.str; default = [ ]; };
        env = mkOption { type = types.attrsOf types.str; default = { }; };
        level = mkOption { type = types.enum [ "debug" "info" "warn" ]; default = "info"; };
        extra = mkOption { type = types.lines; default = ""; };
        limit = mkOption { type = types.nullOr types.int; default = null; };
        users = mkOption {
          type = types.attrsOf (types.submodule ({ name, ... }: {
            options.uid = mkOption { type = types.int; };
            options.home = mkOption { type = types.str; default = "/home/${name}"; };
          }));
          default = { };
        };
        derived = mkOption { type = types.str; };
      };
      config = mkMerge [
        {
          services.${name} = {
            enable = true;
            tags = [ "a${toString i}" ];
            env.HOME = "/var/${name}";
            derived = "${config.services.${name}.name}:${toString config.services.${name}.port}";
          };
          services.${next} = {
            tags = [ "from-${name}" ];
            extra = "line from ${name}";
            users.${name}.uid = i;
            level = mkDefault "warn";
          };
        }
        (mkIf config.services.${name}.enable {
          services.${name}.limit = i * 10;
        })
      ];
    };
in
builtins.stringLength (builtins.toJSON (lib.evalModules { modules = builtins.genList mod n; }).config)
