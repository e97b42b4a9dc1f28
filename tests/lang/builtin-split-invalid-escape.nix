# \\w is not an escape in POSIX extended syntax
builtins.split "\\w" "a b"
