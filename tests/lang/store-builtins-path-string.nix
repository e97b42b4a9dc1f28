# path may be given as a string naming an absolute path
let p = builtins.path { path = toString ./store-data/hello.txt; }; in
[ p (p == "${./store-data/hello.txt}") ]
