# entries are visited in name order; the first non-regular one is the symlink "link"
builtins.filterSource
  (path: type: if type == "regular" then true else throw "${builtins.typeOf path} ${type} ${path}")
  ./store-data/tree
