# the function is only called for the attributes that are used, and values are not forced
[ (builtins.zipAttrsWith (name: values: if name == "a" then 1 else throw "not used") [ { a = 1; b = 2; } ]).a
  (builtins.attrNames (builtins.zipAttrsWith (name: values: throw "not called") [ { a = 1; } { b = 2; } ]))
  (builtins.zipAttrsWith (name: values: builtins.length values) [ { a = throw "x"; } { a = throw "y"; } ]) ]
