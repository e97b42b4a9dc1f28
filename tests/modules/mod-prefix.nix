# evalModules { prefix } does not change config's shape, but options know their full path (showOption, __toString).
{ lib }:
let
  eval = lib.evalModules {
    prefix = [ "machines" "web" ];
    modules = [
      { options.services.ssh.port = lib.mkOption { type = lib.types.port; default = 22; }; }
      ({ options, ... }: { _module.args.where = "${options.services.ssh.port}"; })
      ({ where, ... }: { services.ssh.port = lib.mkIf (where != "") 2222; })
    ];
  };
in
{
  inherit (eval) config;
  loc = eval.options.services.ssh.port.loc;
  shown = "${eval.options.services.ssh.port}";
}
