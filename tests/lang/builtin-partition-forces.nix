# partition forces every element, even when the predicate ignores it
builtins.length (builtins.partition (x: true) [ 1 (throw "element forced") ]).right
