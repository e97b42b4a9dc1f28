# \b and \f become raw bytes 0x08 and 0x0c.
let s = builtins.fromJSON ''"a\nb\tc\/d\be\ff\rg\"h\\i/j"''; in
[ s (builtins.stringLength s) (builtins.toJSON s) ]
