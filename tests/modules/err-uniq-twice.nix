# A types.uniq option defined twice (even with equal values).
{ lib }:
(lib.evalModules {
  modules = [
    { options.hostId = lib.mkOption { type = lib.types.uniq lib.types.str; }; }
    { _file = ./err-uniq-twice/a.nix; hostId = "deadbeef"; }
    { _file = ./err-uniq-twice/b.nix; hostId = "deadbeef"; }
  ];
}).config
