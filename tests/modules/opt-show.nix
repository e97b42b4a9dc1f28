# lib.options.showOption on odd names: quoted names, keywords, placeholders <name> and *, dots, digits, empty.
{ lib }:
map lib.options.showOption [
  [ "services" "nginx" "enable" ]
  [ "a" "b c" "d" ]
  [ "users" "<name>" "home" ]
  [ "x" "*" "y" ]
  [ "a.b" "c" ]
  [ "1st" "x-y" "x'y" "_z" ]
  [ "if" "let" "inherit" ]
  [ "<>" "<a b>" "<" ]
  [ "" "a\"b" "$x" ]
  [ ]
]
