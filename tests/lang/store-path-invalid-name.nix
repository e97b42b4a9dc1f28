"${./store-data + "/has space.txt"}"
