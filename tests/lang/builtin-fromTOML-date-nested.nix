# The whole document is converted eagerly: a date anywhere is an error.
(builtins.fromTOML ''
  ok = 1
  [deep.table]
  when = [ 1, { at = 1979-05-27T00:32:00-07:00 } ]
'').ok
