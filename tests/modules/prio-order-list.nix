# mkBefore (500), mkAfter (1500) and mkOrder N place list definitions; unordered ones are at 1000.
{ lib }:
let
  inherit (lib) mkOption mkBefore mkAfter mkOrder types;
in
(lib.evalModules {
  modules = [
    { options.path = mkOption { type = types.listOf types.str; }; }
    { path = [ "plain-1" ]; }
    { path = mkAfter [ "after-1" ]; }
    { path = mkOrder 1200 [ "order-1200" ]; }
    { path = mkBefore [ "before-1" ]; }
    { path = mkOrder 100 [ "order-100" ]; }
    { path = [ "plain-2" ]; }
    { path = mkOrder 1000 [ "order-1000" ]; }
    { path = mkOrder 2000 [ "order-2000" ]; }
    { path = mkBefore [ "before-2" ]; }
  ];
}).config
