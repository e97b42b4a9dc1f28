let s = { n = 5; __toString = self: "n is ${toString self.n}"; }; in
[ (toString s) (toString (s // { n = 6; })) (toString [ s "x" ]) ]
