ключ = "unicode letters are names"
a1-b.c_d = 1
_under = true
"true" = "a quoted true is a name"
with.dots.and-dashes { x = 1 }
"block with spaces" "label two" { y = 2 }
