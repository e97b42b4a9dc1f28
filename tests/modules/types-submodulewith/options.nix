{ lib, ... }:
let inherit (lib) mkOption types; in
{
  options.withArgs = mkOption {
    default = { };
    type = types.submoduleWith {
      specialArgs = { site = "eu-1"; };
      modules = [
        ({ site, name, ... }: {
          options.where = mkOption { type = types.str; default = "${site}/${name}"; };
        })
      ];
    };
  };
  options.full = mkOption {
    default = { };
    type = types.attrsOf (types.submoduleWith {
      modules = [ { options.base = mkOption { type = types.int; default = 1; }; } ];
    });
  };
  options.short = mkOption {
    default = { };
    type = types.submoduleWith {
      shorthandOnlyDefinesConfig = true;
      modules = [ { options.imports = mkOption { type = types.listOf types.str; default = [ ]; }; } ];
    };
  };
}
