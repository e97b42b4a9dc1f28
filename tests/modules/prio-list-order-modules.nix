# The order of list definitions across modules and imports: the modules as collected (given ones first, then their imports, level by level), reversed.
{ lib }:
(lib.evalModules {
  modules = [
    ./prio-list-order-modules/a.nix
    { _file = "first-inline"; order = [ "first-inline" ]; }
    ./prio-list-order-modules/b.nix
    { _file = "last-inline"; order = [ "last-inline" ]; }
  ];
}).config
