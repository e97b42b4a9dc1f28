# mkOverride around an attribute set of options is pushed down to each option below it, at every level.
{ lib }:
let
  inherit (lib) mkOption mkForce mkDefault mkOverride types;
  eval = lib.evalModules {
    modules = [
      {
        options.server.port = mkOption { type = types.port; default = 80; };
        options.server.host = mkOption { type = types.str; default = "localhost"; };
        options.server.tls.enable = mkOption { type = types.bool; default = false; };
        options.server.tls.ciphers = mkOption { type = types.listOf types.str; default = [ ]; };
      }
      {
        config = mkForce {
          server = { port = 8080; tls.ciphers = [ "forced" ]; };
        };
      }
      {
        server.port = 9090;
        server.host = "example.org";
        server.tls = mkDefault { enable = true; ciphers = [ "default" ]; };
      }
      { server.tls.ciphers = mkOverride 50 [ "also forced" ]; }
    ];
  };
in
{
  inherit (eval) config;
  prios = {
    port = eval.options.server.port.highestPrio;
    host = eval.options.server.host.highestPrio;
    enable = eval.options.server.tls.enable.highestPrio;
    ciphers = eval.options.server.tls.ciphers.highestPrio;
  };
}
