# 2147483648 does not fit a C int and wraps to a negative start
builtins.substring 2147483648 1 "abc"
