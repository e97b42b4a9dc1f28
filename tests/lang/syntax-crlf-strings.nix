[ "a
b" "cd" ]
