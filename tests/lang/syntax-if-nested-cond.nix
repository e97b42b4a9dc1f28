[ (if if true then false else true then 1 else 2) (if true then if false then 3 else 4 else 5) ]
