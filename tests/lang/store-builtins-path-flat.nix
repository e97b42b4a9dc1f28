[
  (builtins.path { path = ./store-data/hello.txt; recursive = false; })
  (builtins.path { path = ./store-data/hello.txt; recursive = true; })
  (builtins.path { path = ./store-data/hello.txt; name = "flat"; recursive = false; })
  (builtins.path { path = ./store-data/exec.sh; recursive = false; })
]
