map builtins.fromJSON [ "true" "false" "null" "1" "-1" "0" ''"s"'' ''""'' "[]" "{}" ]
