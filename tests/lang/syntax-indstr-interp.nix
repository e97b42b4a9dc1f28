let x = "X"; y = "multi\n line"; in ''
  a ${x} b
    ${y}
  c${"d"}e
''
