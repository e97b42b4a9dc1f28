builtins.compareVersions ./foo "1"
