# whatever __toString returns is coerced again, and more liberally than
# interpolation would: numbers, Booleans, null, lists, sets with outPath
map toString [
  { __toString = self: 5; } { __toString = self: true; } { __toString = self: false; }
  { __toString = self: null; } { __toString = self: 1.5; } { __toString = self: [ 1 "a" null ]; }
  { __toString = self: { outPath = "op"; }; } { __toString = self: { __toString = s: "inner"; }; }
  { x = "y"; __toString = self: self.x; } ]
