# filter applies the predicate to every element before the result is used
builtins.head (builtins.filter (x: x > 1) [ 1 2 (throw "predicate applied to every element") ])
