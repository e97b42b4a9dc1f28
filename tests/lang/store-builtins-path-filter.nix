builtins.path {
  path = ./store-data/tree;
  name = "filtered";
  filter = path: type: type != "symlink" && builtins.baseNameOf path != "run.sh";
}
