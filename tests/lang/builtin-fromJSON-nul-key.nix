# ...but an object key keeps the NUL byte and what follows it.
builtins.fromJSON ''{"k\u0000ey": 1}''
