# \\d is not an escape in POSIX extended syntax: std::regex rejects it
builtins.match "\\d+" "12"
