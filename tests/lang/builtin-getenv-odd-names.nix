# names that cannot be environment variables simply give ""
[ (builtins.getEnv "") (builtins.getEnv "HOME=") (builtins.getEnv "home") (builtins.getEnv " HOME") ]
