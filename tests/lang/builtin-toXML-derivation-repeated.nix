# A derivation seen before (same drvPath) is shown as <repeated />.
let
  d = { type = "derivation"; drvPath = "/nix/store/d.drv"; outPath = "/nix/store/o"; name = "n"; };
  e = { type = "derivation"; drvPath = "/nix/store/e.drv"; outPath = "/nix/store/p"; dep = d; };
in builtins.toXML [ d d { inherit d e; } e ]
