# A \u0000 escape cuts a string value short (Nix strings are C strings).
map builtins.fromJSON [ ''"a\u0000b"'' ''"\u0000abc"'' ''["x\u0000y", "z"]'' ]
