name: builtins.readFile (./. + "/${name}")
