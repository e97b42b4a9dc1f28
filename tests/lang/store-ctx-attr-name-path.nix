{ ${"${./store-data/hello.txt}"} = 1; }
