map builtins.isList [ [ ] [ 1 ] { } "[]" null (builtins.attrNames { a = 1; }) ]
