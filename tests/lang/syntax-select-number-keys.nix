let s = { "1" = "one"; "a b" = { "2" = "two"; }; }; in [ s."1" s."a b"."2" s.${toString 1} ]
