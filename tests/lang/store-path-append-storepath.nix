./store-data + "${./store-data/hello.txt}"
