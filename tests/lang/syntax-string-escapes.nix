[ "a\nb" "a\tb" "a\rb" "a\"b" "a\\b" "a\$b" ]
