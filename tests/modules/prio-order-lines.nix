# mkBefore/mkAfter on a `lines` option order the lines, the default staying out when there are definitions.
{ lib }:
let
  inherit (lib) mkOption mkBefore mkAfter mkOrder mkMerge types;
in
(lib.evalModules {
  modules = [
    {
      options.script = mkOption { type = types.lines; default = "# empty"; };
      options.header = mkOption { type = types.lines; default = "# header"; };
    }
    { script = "echo body"; }
    { script = mkAfter "echo end"; }
    { script = mkBefore "set -e"; }
    { script = mkMerge [ (mkBefore "set -u") "echo body 2" (mkOrder 1400 "echo late") ]; }
  ];
}).config
