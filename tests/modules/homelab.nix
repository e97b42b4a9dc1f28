# A host written the NixOS way across five files: a profile with
# mkDefault/mkBefore, option modules with submodules (attrsOf and listOf,
# with `name`), mkIf on config, computed defaults, a read-only option,
# and groups computed from users.
{ lib }:
(lib.evalModules { modules = [ ./homelab/host.nix ]; }).config
