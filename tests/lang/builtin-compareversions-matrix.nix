# every pair of a list of versions
let vs = [ "" "0" "1" "1.0" "1.0.1" "1.0a" "1.0pre1" "1.0pre2" "1a" "1b" "pre" "a" "2" "10" ]; in
map (a: builtins.concatStringsSep " " (map (b:
  let r = builtins.compareVersions a b; in if r < 0 then "<" else if r > 0 then ">" else "=") vs)) vs
