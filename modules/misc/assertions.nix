# `assertions` and `warnings`: how any module stops a host that makes no
# sense, or tells the user about one that works but should change. Every
# host command checks them after evaluating the host.
{ lib, ... }:

let inherit (lib) mkOption types; in
{
  options = {
    assertions = mkOption {
      type = types.listOf types.unspecified;
      internal = true;
      default = [ ];
      example = [ { assertion = false; message = "you can't enable this for that reason"; } ];
      description = ''
        Conditions that must hold for the host to be built, each a set
        `{ assertion = BOOL; message = STRING; }`. When one fails, the host
        command stops and prints the messages of all that failed.
      '';
    };

    warnings = mkOption {
      type = types.listOf types.str;
      internal = true;
      default = [ ];
      example = [ "The `foo' service is deprecated and will go away soon!" ];
      description = ''
        Messages that host commands print on standard error as
        `warning: MESSAGE` after evaluating the host.
      '';
    };
  };
}
