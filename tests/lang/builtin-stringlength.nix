map builtins.stringLength [ "" "abc" "héllo" "a\nb" ''
  x
''
  # stringLength coerces like toString does
  { __toString = self: "four"; } { outPath = "ab"; } ]
