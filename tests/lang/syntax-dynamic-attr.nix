let e = "foo"; in { ${e} = 1; bar = 2; }
