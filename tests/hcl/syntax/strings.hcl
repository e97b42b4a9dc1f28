multiline_interp = "${a
b}"
escaped_in_interp = "${a\"b} \"out\""
backslashes = "\\\\ \\n"
braces = "{ } {{ }} ${x{y}z} }"
dollar = "$ $$ $5 ${}"
octal = "\101\060\177"
