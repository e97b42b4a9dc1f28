builtins.attrValues { b = "b"; a = "a"; "9" = 9; "10" = 10; B = "B"; _x = "_x"; }
