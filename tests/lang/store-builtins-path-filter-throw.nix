builtins.path {
  path = ./store-data/tree;
  filter = path: type: throw "first: ${type} ${path}";
}
