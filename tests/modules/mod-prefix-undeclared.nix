# With a prefix, a definition of an undeclared option is reported under the prefix.
{ lib }:
(lib.evalModules {
  prefix = [ "machines" "web" ];
  modules = [
    { options.services.ssh.port = lib.mkOption { type = lib.types.port; default = 22; }; }
    ./mod-prefix-undeclared/host.nix
  ];
}).config
