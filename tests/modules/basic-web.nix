# A submodule per virtual host (with `name`), mkIf on the whole config,
# mkForce against a plain definition, and mkBefore/mkAfter on lines.
{ lib }:
(lib.evalModules { modules = [ ./basic-web/host.nix ./basic-web/override.nix ]; }).config
