map builtins.fromJSON [ "[]" "[[]]" "[1,2,3]" ''[1, "a", 1.5, true, false, null, [], {}]'' "[[1,[2]],[[3]]]" ]
