let s = { }; in { inherit; inherit (s); a = 1; }
