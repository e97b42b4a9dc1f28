# separators built by interpolation
let n = 3; d = "-"; sep = "${toString n}${d}"; in
[ (builtins.concatStringsSep "${toString n}-${"x"}" [ "a" "${"b"}" "c" ])
  (builtins.concatStringsSep sep [ "x" "y" "z" ])
  (builtins.concatStringsSep "${sep}${sep}" [ "1" "2" ])
  (builtins.concatStringsSep ''
    ${d}
  '' [ "p" "q" ])
  (builtins.concatStringsSep "${""}" [ "a" "b" ])
  (builtins.concatStringsSep " ${d} " [ "only" ]) ]
