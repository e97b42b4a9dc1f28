builtins.zipAttrsWith (name: values: values) { a = 1; }
