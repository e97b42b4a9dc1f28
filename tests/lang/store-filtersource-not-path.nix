builtins.filterSource (p: t: true) "${./store-data/tree}"
