# components are maximal runs of digits or of non-digits; "." and "-"
# separate components and are dropped
map builtins.splitVersion [ "1.2.3" "1.2pre3" "2.3a" "1.2-rc1" "01.002" "a1b2" "1.2.3-beta.4" "0.12pre12876" "10" ]
