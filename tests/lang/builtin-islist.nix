map builtins.isList [ [ ] [ 1 ] [ [ ] ] { } "[]" null (map (x: x) [ ]) ]
