[ "a\
b" "c\	d" ]
