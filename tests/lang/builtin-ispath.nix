map builtins.isPath [ ./builtin-data /abs "/abs" (./. + "/a") (toString ./builtin-data) null ]
