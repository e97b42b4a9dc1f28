# Freeform settings merged from two files next to declared keys,
# mkRenamedOptionModule (with its warning) and mkAliasOptionModule,
# coercedTo, listOf submodule, a read-only computed option; and what
# `options` tells about definitions.
{ lib }:
let
  eval = lib.evalModules {
    modules = [ ./agent/agent.nix ./agent/warnings.nix ./agent/host.nix ./agent/more.nix ];
  };
  opt = eval.options.services.agent;
in
{
  inherit (eval) config;
  settingsDefined = opt.settings.isDefined;
  settingsFiles = opt.settings.files;
  pluginsDefinedIn = map (d: d.file) opt.plugins.definitionsWithLocations;
  commandDefined = opt.command.isDefined;
  dataDirType = opt.settings.type.description;
}
