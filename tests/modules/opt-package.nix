# mkPackageOption with the default name: pkgs.NAME, defaultText, description, type.
{ lib }:
let
  pkgs = import ./opt-package/pkgs.nix;
  eval = lib.evalModules {
    modules = [ { options.hello.package = lib.mkPackageOption pkgs "hello" { }; } ];
  };
  o = eval.options.hello.package;
in
{
  inherit (o) defaultText description;
  default = o.default.name;
  value = eval.config.hello.package.name;
  type = o.type.description;
  hasExample = o ? example;
}
