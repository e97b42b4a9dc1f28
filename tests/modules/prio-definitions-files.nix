# options.x.definitions and options.x.files list only the winning definitions (the default from the declaring file), in merge order.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./prio-definitions-files/options.nix
      ./prio-definitions-files/a.nix
      ./prio-definitions-files/b.nix
      { _file = "inline.nix"; packages = [ "inline" ]; ordered = lib.mkBefore [ "inline" ]; }
    ];
  };
  show = o: { inherit (o) definitions files highestPrio; };
in
lib.mapAttrs (_: show) (removeAttrs eval.options [ "_module" ])
