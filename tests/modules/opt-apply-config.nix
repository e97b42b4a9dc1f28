# apply can read other options through config and sees their final (applied) values.
{ lib }:
(lib.evalModules {
  modules = [
    ({ config, ... }: {
      options.host = lib.mkOption { type = lib.types.str; apply = lib.toUpper; };
      options.url = lib.mkOption {
        type = lib.types.str;
        default = "/";
        apply = path: "https://${config.host}${path}";
      };
    })
    { host = "example.org"; url = "/index.html"; }
  ];
}).config
