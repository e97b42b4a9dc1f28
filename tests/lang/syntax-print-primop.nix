[ builtins.add builtins.map builtins.head ]
