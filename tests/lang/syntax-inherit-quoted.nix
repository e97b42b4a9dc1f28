let s = { "a" = 1; }; a = 2; in { inherit "a"; z = { inherit (s) "a"; }; }
