"${./store-data/empty}"
