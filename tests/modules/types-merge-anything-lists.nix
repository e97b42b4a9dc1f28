# anything with lists: equal lists from two modules, and a single list holding mkIf.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options.equal = mkOption { type = types.anything; };
      options.single = mkOption { type = types.anything; };
      config.equal = [ "a" "b" ];
      config.single = [ 1 (lib.mkIf false 2) 3 ];
    }
    { equal = [ "a" "b" ]; }
  ];
}).config
