# the string argument is coerced like in interpolation
let sub = builtins.substring; in
[ (sub 0 2 { outPath = "abc"; }) (sub 1 2 { __toString = self: "xyz"; }) (sub 1 1 "${toString 123}") ]
