# the examples of the Nix manual, and equality
let c = builtins.compareVersions; in
[ (c "1.0" "2.3") (c "2.1" "2.3") (c "2.3" "2.3") (c "2.5" "2.3") (c "3.1" "2.3")
  (c "2.3.1" "2.3") (c "2.3.1" "2.3a") (c "2.3pre1" "2.3") (c "2.3pre3" "2.3pre12")
  (c "2.3a" "2.3c") (c "2.3pre1" "2.3c") (c "2.3pre1" "2.3q") (c "1.10" "1.9") ]
