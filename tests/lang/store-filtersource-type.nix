{
  noSymlinks = builtins.filterSource (path: type: type != "symlink") ./store-data/tree;
  onlyDirs = builtins.filterSource (path: type: type == "directory") ./store-data/tree;
  all = builtins.filterSource (path: type: true) ./store-data/tree;
  same = builtins.filterSource (path: type: true) ./store-data/tree == "${./store-data/tree}";
}
