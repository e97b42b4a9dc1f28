toString [ "a" { } ]
