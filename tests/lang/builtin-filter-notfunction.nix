# the predicate is checked even for an empty list
builtins.filter 1 [ ]
