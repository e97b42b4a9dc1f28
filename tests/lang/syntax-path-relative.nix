[ ./a ./a/b/c ./a.nix ./syntax-data/../x ../lang/y ]
