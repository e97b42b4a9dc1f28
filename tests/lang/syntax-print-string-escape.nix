[ "with \"quotes\"" "back\\slash" "new
line" "${"$"}{interp}" "dollar$" "tab	char" ]
