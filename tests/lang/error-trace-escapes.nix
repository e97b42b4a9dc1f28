# builtins.trace goes through the same logger: colours removed, tabs
# expanded; the value is printed after the trace.
let esc = builtins.fromJSON "\"\\u001b\""; in
builtins.trace "a${esc}[31mred${esc}[0m\tz\a" (throw "x\ty")
