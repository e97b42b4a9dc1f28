# A derivation that contains itself is shown as <repeated /> inside.
let d = { type = "derivation"; drvPath = "/d.drv"; self = d; }; in
builtins.toXML d
