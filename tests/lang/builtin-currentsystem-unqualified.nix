# currentSystem is not a global name (only builtins.currentSystem and __currentSystem)
currentSystem
