# outPath is coerced again too
map toString [ { outPath = 5; } { outPath = [ "a" "b" ]; } { outPath = null; } { outPath = true; }
  { type = "derivation"; outPath = "/nix/store/x"; } ]
