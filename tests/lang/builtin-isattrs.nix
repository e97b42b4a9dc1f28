map builtins.isAttrs [ { } (rec { a = 1; }) builtins [ ] null { __functor = self: x: x; } "a" (x: x) ]
