# empty components vanish; only "." and "-" separate: any other character
# (like "_", "+", " " or a non-ASCII byte) is a non-digit and belongs to a
# run of non-digits
map builtins.splitVersion [ "" "..." "1..2" ".1." "-" "--a" "1-2_3+4 5" "é1" "a b" "1.-2" ]
