# importing a file that throws only fails when the value is used
let x = import ./builtin-data/throws.nix; in { ok = 1; }
