# listsAsDuplicateKeys and listToValue exclude each other (NixOS asserts
# the same; nomix says why).
{ lib }:
(lib.evalModules {
  modules = [
    ({ lib, ... }: {
      _file = ./formats-err-list-settings.nix;
      options.settings = lib.mkOption {
        type = (lib.formats.keyValue { listsAsDuplicateKeys = true; listToValue = toString; }).type;
      };
      config.settings.a = 1;
    })
  ];
}).config
