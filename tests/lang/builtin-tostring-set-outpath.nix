[ (toString { outPath = "/some/path"; })
  (toString { outPath = { outPath = "nested"; }; })
  (toString { outPath = "o"; __toString = self: "t"; }) ]
