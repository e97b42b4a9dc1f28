builtins.path { path = ./store-data/hello.txt; foo = 1; }
