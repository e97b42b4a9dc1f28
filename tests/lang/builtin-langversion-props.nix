[ (builtins.typeOf builtins.langVersion) __langVersion (builtins.langVersion + 1) (builtins.langVersion >= 6) ]
