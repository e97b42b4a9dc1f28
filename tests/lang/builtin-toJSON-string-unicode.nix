# Non-ASCII UTF-8 is emitted raw, never as \u escapes.
map builtins.toJSON [ "é" "café" "日本語" "😀" "  " "∀x. x ≠ ⊥" "Ω\n" ]
