# Nix's logger removes escape sequences and expands tabs (counting from the
# start of the message) before printing an error.
let esc = builtins.fromJSON "\"\\u001b\""; in
throw "bold ${esc}[1mword${esc}[0m, tab\tstop\nsecond\tline and \r return"
