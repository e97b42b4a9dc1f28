# leading comment
[ 1 # after element
  2 #no space
  # whole line
  3 ]  # trailing
# final
