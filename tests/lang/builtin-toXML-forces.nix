# toXML forces the whole value.
let xs = builtins.genList (i: i * 10) 3; in
builtins.toXML { inherit xs; s = builtins.listToAttrs [ { name = "k"; value = 1 + 1; } ]; l = let y = "y"; in [ y ]; }
