[
  ({ type = "derivation"; outPath = "/a"; } == { type = "derivation"; outPath = "/a"; foo = 1; })
  ({ type = "derivation"; outPath = "/a"; } == { type = "derivation"; outPath = "/b"; })
  ({ type = "derivation"; outPath = "/a"; } == { outPath = "/a"; })
  ({ type = "derivation"; outPath = "/a"; x = throw "no"; } == { type = "derivation"; outPath = "/a"; })
  ({ type = "derivation"; a = 1; } == { type = "derivation"; a = 1; })
  ({ type = "derivation"; a = 1; } == { type = "derivation"; a = 2; })
  ({ type = "other"; outPath = "/a"; } == { type = "other"; outPath = "/a"; x = 1; })
  ({ type = "derivation"; outPath = "/a"; } != { type = "derivation"; outPath = "/a"; y = 2; })
]
