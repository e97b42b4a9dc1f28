builtins.isList (throw "forced")
