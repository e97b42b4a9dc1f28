map builtins.fromJSON [
  ''"\u00e9"''
  ''"caf\u00E9"''
  ''"\u0041\u0062\u0063"''
  ''"\u20ac \u2603 \u00a0"''
  ''"\uffff"''
  ''"\u007f|\u0080|\u07ff|\u0800"''
]
