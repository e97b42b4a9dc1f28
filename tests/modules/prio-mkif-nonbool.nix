# mkIf with a condition that is not a Boolean is an error when the option is evaluated.
{ lib }:
(lib.evalModules {
  modules = [
    {
      _file = ./prio-mkif-nonbool.nix;
      options.openFirewall = lib.mkOption { type = lib.types.bool; default = false; };
      config.openFirewall = lib.mkIf "yes" true;
    }
  ];
}).config
