# `_file' is the file an error shows for a definition of an inline module.
{ lib }:
(lib.evalModules {
  modules = [
    { options.mode = lib.mkOption { type = lib.types.enum [ "fast" "safe" ]; }; }
    ./mod-file-error/wrapper.nix
  ];
}).config
