map builtins.isFunction [ builtins.fetchurl fetchTarball fetchGit fetchMercurial builtins.fetchTree ]
