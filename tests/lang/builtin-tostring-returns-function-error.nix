toString { __toString = self: x: x; }
