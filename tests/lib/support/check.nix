# The test helper of tests/lib (not a test case itself).
#
# Takes a list of checks `{ name = "…"; expr = …; expected = …; }` and
# gives "N checks passed" when every `expr == expected`; otherwise throws
# one error listing every failing check with its expected and actual value.
checks:
let
  inherit (builtins) attrNames concatStringsSep filter length map match toJSON typeOf;

  # A one-line Nix-like rendering of a value, for the error message.
  show = v:
    let t = typeOf v; in
    if t == "list" then
      (if v == [ ] then "[ ]" else "[ ${concatStringsSep " " (map show v)} ]")
    else if t == "set" then
      (if (v.type or null) == "derivation" then "<derivation>"
       else if v == { } then "{ }"
       else "{ ${concatStringsSep " " (map (n: "${showName n} = ${show v.${n}};") (attrNames v))} }")
    else if t == "lambda" then "<function>"
    else if t == "path" then toString v
    else toJSON v;

  # An attribute name, quoted unless it is a plain identifier.
  showName = n: if match "[a-zA-Z_][a-zA-Z0-9_'-]*" n != null then n else toJSON n;

  failed = filter (c: c.expr != c.expected) checks;

  describe = c: ''
    ${c.name}:
        expected: ${show c.expected}
        actual:   ${show c.expr}'';
in
if failed == [ ] then "${toString (length checks)} checks passed"
else throw ''
  ${toString (length failed)} of ${toString (length checks)} checks failed:
  ${concatStringsSep "\n" (map describe failed)}''
