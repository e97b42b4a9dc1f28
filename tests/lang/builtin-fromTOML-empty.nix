map builtins.fromTOML [ "" "\n" "   \n\n" "# only a comment\n" "# no newline" ]
