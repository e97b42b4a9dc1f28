# items are joined with one space; only an item that is an empty list adds
# no space after itself
map toString [ [ [ [ ] ] "a" ] [ null null ] [ "" ] [ "a" "" ] [ "a" null ] [ "" "b" ] [ false "b" ]
  [ { outPath = "o"; } { __toString = s: "t"; } ] [ [ ] [ ] "x" ] [ "x" [ ] ] [ 1 [ 2 [ ] ] 3 ] ]
