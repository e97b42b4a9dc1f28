# stringLength counts bytes, not characters (the last string is "e" and a
# combining acute accent)
map builtins.stringLength [ "é" "€" "😀" "日本語" "naïve café" "a😀b" "ﬁ" "é" ]
