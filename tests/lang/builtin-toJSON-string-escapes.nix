# Quotes and backslashes are escaped; '/' and '$' are left alone.
map builtins.toJSON [
  "say \"hi\""
  "back\\slash"
  "\\\""
  "a/b</c>"
  "line1\nline2"
  "tab\there"
  "cr\rlf\n"
  "dollar $x \${y}"
  ''multi
  "line" \ string
''
]
