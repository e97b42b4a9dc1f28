let s = ''
  x
''; /* c
 d */ in [ "日本" __curPos ]
