let v = "l1\n  l2"; in ''
    x
    ${v}
      y ${v} z
''
