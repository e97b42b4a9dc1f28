# sets with outPath are not coerced for comparison
builtins.lessThan "a" { outPath = "b"; }
