map builtins.toJSON [ [ ] { } "" [ [ ] ] [ { } ] { a = { }; b = [ ]; } [ [ [ ] ] ] ]
