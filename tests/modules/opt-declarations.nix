# An option declared in two files (a submodule extended by a second declaration): declarations, value and sub-option declarations.
{ lib }:
let
  eval = lib.evalModules {
    modules = [ ./opt-declarations/first.nix ./opt-declarations/second.nix { machines.m1 = { cpu = 4; disk = 10; }; } ];
  };
  o = eval.options.machines;
  sub = o.type.getSubOptions o.loc;
in
{
  inherit (o) declarations loc;
  inherit (eval) config;
  cpuDecls = sub.cpu.declarations;
  diskDecls = sub.disk.declarations;
  cpuLoc = sub.cpu.loc;
}
