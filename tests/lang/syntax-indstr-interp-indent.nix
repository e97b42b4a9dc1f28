let v = "V"; in ''
    four
  ${v} at two
      six
''
