[ (if true then 1 else 2) (if false then 1 else 2) (if 1 < 2 then "a" else if 2 < 3 then "b" else "c") ]
