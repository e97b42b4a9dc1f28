# Only type = "derivation" makes a derivation; __toString and outPath are ordinary attributes.
builtins.toXML [
  { type = "other"; drvPath = "/d.drv"; }
  { outPath = "/o"; }
  { __toString = self: "s"; }
]
