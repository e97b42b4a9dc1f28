let
  d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; };
  s = "${d}/bin/prog";
  f = builtins.toFile "f" "x";
  ctx = builtins.getContext;
in {
  substring = ctx (builtins.substring 0 5 s);
  substringEmpty = ctx (builtins.substring 0 0 s);
  substringPast = ctx (builtins.substring 100 5 s);
  concatSep = ctx (builtins.concatStringsSep "," [ "a" s "b" ]);
  concatSepSep = ctx (builtins.concatStringsSep f [ "a" "b" ]);
  concatSepSingle = ctx (builtins.concatStringsSep f [ "a" ]);
  replace = ctx (builtins.replaceStrings [ "bin" ] [ "lib" ] s);
  replaceWithCtx = ctx (builtins.replaceStrings [ "x" ] [ f ] "axb");
  replaceUnused = ctx (builtins.replaceStrings [ "zzz" ] [ f ] "axb");
  replaceAll = builtins.replaceStrings [ "${d}" ] [ "OUT" ] s;
  replaceAllCtx = ctx (builtins.replaceStrings [ "${d}" ] [ "OUT" ] s);
  toJSON = builtins.toJSON { a = s; b = [ f ]; c = 1; };
  toJSONCtx = ctx (builtins.toJSON { a = s; b = [ f ]; c = 1; });
  baseName = ctx (baseNameOf s);
  dirName = ctx (dirOf s);
  toStr = ctx (toString [ s f ]);
  plus = ctx (s + f);
  split = map ctx (builtins.filter builtins.isString (builtins.split "/" s));
  match = map ctx (builtins.match "(.*)/bin/(.*)" s);
  attrNames = ctx (builtins.head (builtins.attrNames { ${builtins.unsafeDiscardStringContext s} = 1; }));
  stringLength = builtins.stringLength s;
}
