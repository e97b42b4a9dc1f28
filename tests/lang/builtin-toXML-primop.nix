# Built-in functions (applied or not) are shown as <unevaluated />.
builtins.toXML { a = builtins.add; b = builtins.add 1; c = builtins.toXML; d = builtins.map (x: x); }
