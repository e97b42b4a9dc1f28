# patterns, replacements and the subject built by interpolation
let a = "a"; n = 4; in
[ (builtins.replaceStrings [ "${a}" "${a}${a}x" ] [ "${toString n}" "[${a}]" ] "aaxa${a}")
  (builtins.replaceStrings [ "@name@" "@n@" ] [ "nomix" (toString n) ] "hello @name@ @n@ @x@")
  (builtins.replaceStrings [ "\${" ] [ "$" ] ''a''${b}c'') ]
