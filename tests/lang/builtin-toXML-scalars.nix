map builtins.toXML [ (-7) 0 9223372036854775807 true false null "" "text" 1.5 ]
