let t = builtins.fromTOML ''
  esc = "tab\tnl\ncr\rquote\"backslash\\"
  uni = "\u00e9 \U0001F600 \u20AC"
  ctrl = "b\bf\f"
  raw = "café 日本"
  empty = ""
  hash = "# not a comment"
''; in [ t (builtins.stringLength t.ctrl) ]
