# a submodule option declared in two files gets the options of both (also as listOf submodule).
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./types-decl-merge-submodule/net.nix
      ./types-decl-merge-submodule/storage.nix
      { machine = { address = "10.0.0.1"; disks = 2; }; disks = [ { device = "sda"; } { device = "sdb"; fs = "xfs"; } ]; }
    ];
  };
in
{
  inherit (eval.config) machine disks;
  subOptions = builtins.attrNames (removeAttrs (eval.options.machine.type.getSubOptions [ ]) [ "_module" ]);
  diskSubOptions = builtins.attrNames (removeAttrs (eval.options.disks.type.getSubOptions [ ]) [ "_module" ]);
}
