# the time is read once per evaluation
builtins.currentTime == builtins.currentTime
