# a path is not accepted as the name
builtins.getEnv ./HOME
