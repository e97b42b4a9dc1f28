"a\"b\\c\n\t\r${"x"}"
