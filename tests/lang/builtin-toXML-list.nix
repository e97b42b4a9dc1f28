builtins.toXML [ 1 "two" [ 3 [ 4 [ ] ] ] { five = 5; } null ]
