# apply rejecting a value with an assertion-like throw that names the option and its files.
{ lib }:
(lib.evalModules {
  modules = [
    ({ options, ... }: {
      options.workers = lib.mkOption {
        type = lib.types.int;
        default = 1;
        apply = n:
          if n > 64 then throw "The option `workers' (defined in ${lib.options.showFiles options.workers.files}) must be at most 64, not ${toString n}."
          else n;
      };
    })
    { _file = ./err-apply-throw.nix; workers = 100; }
  ];
}).config
