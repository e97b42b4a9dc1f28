[ (builtins.zipAttrsWith (name: values: values) [ { a = 1; b = 2; } { a = 3; c = 4; } ])
  (builtins.zipAttrsWith (name: values: name) [ { z = 1; } { y = 2; } ])
  (builtins.zipAttrsWith (name: values: values) [ ])
  (builtins.zipAttrsWith (name: values: values) [ { } { } ])
  (builtins.zipAttrsWith (name: builtins.foldl' builtins.add 0) [ { a = 1; } { a = 10; } { a = 100; b = 5; } ])
  (builtins.zipAttrsWith (name: values: builtins.length values) [ { a = 1; } { a = 2; } { a = 3; } ]) ]
