# A derivation is just a set: outPath decides, type = "derivation" alone does not.
map builtins.toJSON [
  { type = "derivation"; name = "n"; outPath = "/nix/store/aaaa-n"; drvPath = "/nix/store/bbbb-n.drv"; }
  { type = "derivation"; name = "n"; }
  [ { type = "derivation"; outPath = "/nix/store/x"; } { type = "derivation"; outPath = "/nix/store/x"; } ]
]
