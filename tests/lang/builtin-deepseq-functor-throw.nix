builtins.deepSeq { __functor = self: x: x; extra = throw "attribute of a functor"; } 0
