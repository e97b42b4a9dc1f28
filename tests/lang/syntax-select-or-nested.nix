let a = { b = { }; }; x = { }; in [ ((a.b or {}).c or 7) (a.b.c or (x.y or 8)) (a.q or a.b.z or 9) ]
