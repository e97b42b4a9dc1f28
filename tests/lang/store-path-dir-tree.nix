"${./store-data/tree}"
