# lines, commas, envVar and separatedString join definitions in module and mkOrder order.
{ lib }:
let
  inherit (lib) mkOption types;
in
(lib.evalModules {
  modules = [
    {
      options = {
        l = mkOption { type = types.lines; };
        c = mkOption { type = types.commas; };
        e = mkOption { type = types.envVar; };
        sp = mkOption { type = types.separatedString " "; };
        cat = mkOption { type = types.separatedString ""; };
        single = mkOption { type = types.lines; default = "only"; };
        withDefault = mkOption { type = types.commas; default = "d"; };
      };
      config = { l = "first"; c = "a"; e = "/bin"; sp = "x"; cat = "p"; withDefault = "w"; };
    }
    { l = "second\n"; c = "b"; e = lib.mkBefore "/sbin"; sp = "y"; cat = "q"; }
    { l = lib.mkAfter "last"; c = lib.mkBefore "z"; e = "/usr/bin"; sp = lib.mkOrder 2000 "end"; cat = "r"; }
  ];
}).config
