# Sorting by order priority is stable over many definitions: equal priorities keep their (reversed module) order.
{ lib }:
let
  inherit (lib) mkOption mkOrder types;
  prioOf = i: builtins.elemAt [ 500 1000 1500 1000 700 ] (lib.mod i 5);
  mk = i: { items = mkOrder (prioOf i) [ "${toString (prioOf i)}-${toString i}" ]; };
in
(lib.evalModules {
  modules = [ { options.items = mkOption { type = types.listOf types.str; }; } ]
    ++ map mk (lib.range 1 40)
    ++ map (i: { items = [ "plain-${toString i}" ]; }) (lib.range 1 5);
}).config
