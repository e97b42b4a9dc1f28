map builtins.stringLength [ "\t\n\r" "\\" "\"" "\${" "$$" "$" ''''${'' ''a'''b'' "${"ab"}${"c"}"
  ''
    two
    lines
  '' ]
