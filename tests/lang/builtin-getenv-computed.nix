let name = "HO" + "ME"; in
[ (builtins.getEnv name) (builtins.stringLength (builtins.getEnv name)) (__getEnv "HOME") ]
