# A set with __toString is converted through it (and it beats outPath).
map builtins.toJSON [
  { __toString = self: "hello"; x = 1; }
  { __toString = self: self.v + "!"; v = "val"; }
  { __toString = self: "wins"; outPath = "/loses"; }
  [ { __toString = _: "in list"; } ]
  { a = { __toString = _: "in set"; }; }
  { __toString = self: { __toString = _: "inner"; }; }
  { __toString = self: { outPath = "/via/outPath"; }; }
]
