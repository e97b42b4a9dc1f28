# Priorities and ordering the way a fleet uses them: mkDefault in shared
# modules, mkOverride 900 in a role, plain and mkForce in the host;
# mkBefore/mkAfter/mkOrder on lists and lines; mkMerge of mkIfs; a
# module argument from _module.args; disabledModules; a module imported
# twice counted once.
{ lib }:
let
  eval = lib.evalModules { modules = [ ./fleet/host.nix ]; };
  o = eval.options.fleet;
in
{
  inherit (eval) config;
  priorities = {
    logLevel = o.logLevel.highestPrio;
    site = o.site.highestPrio;
    ntpServers = o.ntpServers.highestPrio;
    packages = o.packages.highestPrio;
  };
}
