builtins.currentTime 0
