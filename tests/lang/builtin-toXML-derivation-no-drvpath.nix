# Without a string drvPath, a derivation's attributes are never shown.
builtins.toXML [
  { type = "derivation"; name = "x"; }
  { type = "derivation"; outPath = "/nix/store/o"; }
  { type = "derivation"; drvPath = 1; outPath = 2; }
  { type = "derivation"; drvPath = ""; outPath = "/o"; }
]
