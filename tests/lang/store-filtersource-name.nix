let
  hasSuffix = s: str:
    let l = builtins.stringLength s; n = builtins.stringLength str;
    in n >= l && builtins.substring (n - l) l str == s;
in {
  noSub = builtins.filterSource (path: type: baseNameOf path != "sub") ./store-data/tree;
  txtOnly = builtins.filterSource
    (path: type: type == "directory" || hasSuffix ".txt" (baseNameOf path)) ./store-data/tree;
  ctx = builtins.getContext (builtins.filterSource (path: type: type == "regular") ./store-data/tree);
}
