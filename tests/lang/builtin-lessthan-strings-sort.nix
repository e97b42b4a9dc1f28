builtins.sort builtins.lessThan [ "b" "a" "B" "é" "" "aa" "A" "_" "1" "10" "9" " " "~" "ab" "a b" ]
