# The standard module arguments: config, options and lib; `options' carries declarations and priorities.
{ lib }:
(lib.evalModules {
  modules = [
    {
      options.port = lib.mkOption { type = lib.types.port; default = 80; };
      options.url = lib.mkOption { type = lib.types.str; };
      options.report = lib.mkOption { type = lib.types.attrsOf lib.types.anything; };
    }
    ({ config, options, lib, ... }: {
      url = "http://localhost:${toString config.port}";
      report = {
        portPrio = options.port.highestPrio;
        portDefined = options.port.isDefined;
        portDeclared = map builtins.baseNameOf options.port.declarations;
        hasMkForce = lib ? mkForce;
        argsAreLazyAttrs = builtins.attrNames (lib.filterAttrs (n: _: n == "extendModules") config._module.args);
      };
    })
    { port = lib.mkDefault 8080; }
  ];
}).config
