# With a prefix, a type error names the option by its full path.
{ lib }:
(lib.evalModules {
  prefix = [ "machines" "web" ];
  modules = [
    { options.services.ssh.port = lib.mkOption { type = lib.types.port; default = 22; }; }
    ./mod-prefix-type-error/host.nix
  ];
}).config
