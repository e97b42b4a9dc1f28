# values are collected in list order
builtins.zipAttrsWith (name: values: values) [ { k = "first"; } { } { k = "second"; } { k = "third"; j = 0; } ]
