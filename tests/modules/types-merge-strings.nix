# str, nonEmptyStr, singleLineStr (newline trimmed) and strMatching with equal definitions.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        s = mkOption { type = types.str; };
        empty = mkOption { type = types.str; default = ""; };
        ne = mkOption { type = types.nonEmptyStr; };
        sl = mkOption { type = types.singleLineStr; };
        slPlain = mkOption { type = types.singleLineStr; };
        sm = mkOption { type = types.strMatching "[a-z]+-[0-9]+"; };
      };
      config = { s = "same"; ne = " x "; sl = "line\n"; slPlain = "plain"; sm = "web-01"; };
    }
    { s = "same"; sl = "line\n"; sm = "web-01"; }
    { s = lib.mkDefault "other"; }
  ];
}).config
