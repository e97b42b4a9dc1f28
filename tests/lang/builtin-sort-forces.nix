# every element is forced, even when the comparator ignores it
builtins.length (builtins.sort (a: b: false) [ 1 (throw "element forced") ])
