map builtins.typeOf [ builtins.fetchurl fetchTarball fetchGit fetchMercurial builtins.fetchTree ]
