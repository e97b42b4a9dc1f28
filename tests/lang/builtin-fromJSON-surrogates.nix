# Surrogate pairs are combined into one 4-byte UTF-8 character.
map (j: let s = builtins.fromJSON j; in [ s (builtins.stringLength s) ]) [
  ''"\ud83d\ude00"''
  ''"\uD83D\uDE00"''
  ''"\ud800\udc00"''
  ''"\udbff\udfff"''
  ''"x\ud834\udd1ey"''
]
