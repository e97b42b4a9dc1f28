# mkChangedOptionModule and mkMergedOptionModule: the new value is computed from the old ones, with a warning per old option set.
{ lib }:
let
  eval = lib.evalModules {
    modules = [
      ./opt-rename/warnings.nix
      { options.level = lib.mkOption { type = lib.types.str; default = "normal"; };
        options.mode = lib.mkOption { type = lib.types.str; default = "none"; }; }
      (lib.mkChangedOptionModule [ "verbosity" ] [ "level" ]
        (config: if config.verbosity > 100 then "high" else "low"))
      (lib.mkMergedOptionModule [ [ "a" "fast" ] [ "a" "safe" ] ] [ "mode" ]
        (config: if config.a.fast == true then "fast" else if config.a.safe == true then "safe" else "none"))
      ./opt-changed/user.nix
    ];
  };
in
{
  inherit (eval.config) level mode warnings;
  verbosity = eval.config.verbosity;
  safe = eval.config.a.safe;
}
