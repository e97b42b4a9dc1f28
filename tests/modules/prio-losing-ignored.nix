# Definitions at a losing priority are never looked at: wrong types and throws there do no harm.
{ lib }:
let
  inherit (lib) mkOption mkDefault mkForce mkOverride types;
in
(lib.evalModules {
  modules = [
    {
      options.port = mkOption { type = types.port; default = "not a port"; };
      options.name = mkOption { type = types.str; default = throw "default never used"; };
      options.list = mkOption { type = types.listOf types.int; };
      options.deep = mkOption { type = types.attrsOf types.int; };
    }
    {
      port = 80;
      name = mkDefault (throw "mkDefault never used");
      list = [ "a string" (throw "plain never used") ];
      deep = mkOverride 200 { a = "wrong"; };
    }
    {
      port = mkDefault { wrong = true; };
      name = "kept";
      list = mkForce [ 1 2 ];
      deep.b = 2;
    }
  ];
}).config
