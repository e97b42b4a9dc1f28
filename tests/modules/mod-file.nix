# `_file' names a module in options.x.files and options.x.declarations; without it a path module is named by its path, an inline one by <unknown-file>.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      { _file = "decl.nix"; options.tags = lib.mkOption { type = lib.types.listOf lib.types.str; default = [ "d" ]; }; }
      ./mod-file/named.nix
      ./mod-file/renamed.nix
      { tags = [ "inline" ]; }
      { _file = ./mod-file/virtual.nix; tags = [ "virtual" ]; }
      { imports = [ { tags = [ "imported inline" ]; } ]; _file = "parent.nix"; }
    ];
  };
in
{
  inherit (eval.options.tags) files declarations definitions;
}
