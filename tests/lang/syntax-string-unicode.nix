[ "héllo wörld" "日本" (builtins.stringLength "é") ''
  ünïcödé
'' ]
