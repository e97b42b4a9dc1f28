# Nix 2.8 stores start and length in a C int: values are truncated to their
# low 32 bits (4294967296 + n becomes n, 9223372036854775807 becomes -1,
# the smallest integer becomes 0)
let s = "abcdef"; sub = builtins.substring; min = -9223372036854775807 - 1; in
[ (sub 0 9223372036854775807 s) (sub 2 9223372036854775807 s) (sub 4294967296 1 s)
  (sub 4294967298 2 s) (sub 1 4294967297 s) (sub 1 4294967296 s) (sub 1 min s) (sub min 2 s)
  (sub 0 2147483647 s) (sub 1 2147483648 s) (sub 2147483647 1 s) ]
