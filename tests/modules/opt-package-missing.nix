# mkPackageOption naming a package that pkgs lacks: the option exists, its default throws (catchably) when read.
{ lib }:
let
  pkgs = import ./opt-package/pkgs.nix;
  eval = lib.evalModules {
    modules = [ { options.foo.package = lib.mkPackageOption pkgs "nonexistent" { }; } ];
  };
  o = eval.options.foo.package;
in
{
  inherit (o) defaultText description;
  default = builtins.tryEval o.default;
  value = builtins.tryEval eval.config.foo.package;
  nested = builtins.tryEval (lib.mkPackageOption pkgs [ "python3Packages" "missing" ] { }).default;
}
