let r = builtins.path { path = ./store-data/hello.txt; name = "greeting"; }; in
{ inherit r; type = builtins.typeOf r; ctx = builtins.getContext r; }
