let d = derivation { name = "d"; system = "x86_64-linux"; builder = "/bin/sh"; }; in
{
  plain = builtins.hasContext "abc";
  storeLike = builtins.hasContext "/nix/store/s668cfx1vrqfjryf96jj8wfhg7f67dhj-x";
  drv = builtins.hasContext "${d}";
  drvPath = builtins.hasContext d.drvPath;
  name = builtins.hasContext d.name;
  path = builtins.hasContext "${./store-data/hello.txt}";
  toStringPath = builtins.hasContext (toString ./store-data/hello.txt);
  toFile = builtins.hasContext (builtins.toFile "f" "x");
  discarded = builtins.hasContext (builtins.unsafeDiscardStringContext "${d}");
  empty = builtins.hasContext "${builtins.substring 0 0 "${d}"}";
}
