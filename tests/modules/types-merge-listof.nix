# listOf concatenates in module order with mkBefore/mkAfter, drops mkIf false entries; nonEmptyListOf too.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        xs = mkOption { type = types.listOf types.int; default = [ 100 ]; };
        ordered = mkOption { type = types.listOf types.str; };
        nested = mkOption { type = types.listOf (types.listOf types.int); };
        ne = mkOption { type = types.nonEmptyListOf types.str; };
        people = mkOption {
          type = types.listOf (types.submodule {
            options.name = mkOption { type = types.str; };
            options.admin = mkOption { type = types.bool; default = false; };
          });
        };
      };
      config = {
        xs = [ 1 2 ];
        ordered = [ "middle" ];
        nested = [ [ 1 ] ];
        ne = [ "a" ];
        people = [ { name = "ann"; } ];
      };
    }
    {
      xs = [ 3 (lib.mkIf false 4) (lib.mkIf true 5) ];
      ordered = lib.mkBefore [ "first" ];
      nested = [ [ 2 3 ] [ ] ];
      ne = [ "b" ];
      people = [ { name = "bob"; admin = true; } ];
    }
    { ordered = lib.mkAfter [ "last" ]; xs = lib.mkIf false [ 6 ]; }
  ];
}).config
