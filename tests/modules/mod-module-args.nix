# `_module.args' adds module arguments, including one computed from config, and can itself be defined from several modules.
{ lib }:
(lib.evalModules {
  modules = [
    {
      options.domain = lib.mkOption { type = lib.types.str; };
      options.hosts = lib.mkOption { type = lib.types.listOf lib.types.str; };
      options.greeting = lib.mkOption { type = lib.types.str; };
    }
    ({ config, ... }: {
      _module.args.fqdn = host: "${host}.${config.domain}";
      _module.args.site = "ams";
    })
    { _module.args.motd = "welcome"; }
    { domain = "example.org"; }
    ({ fqdn, site, ... }: { hosts = [ (fqdn "www") (fqdn site) ]; })
    ({ motd, site, ... }: { greeting = "${motd} to ${site}"; })
  ];
}).config
