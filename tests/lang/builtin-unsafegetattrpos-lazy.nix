# the value of the attribute is not evaluated
(builtins.unsafeGetAttrPos "a" { a = throw "not forced"; }).line
