[ "ab" "del" "esc[0m" ]
