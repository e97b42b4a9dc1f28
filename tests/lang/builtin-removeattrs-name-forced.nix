removeAttrs { a = 1; } [ "b" (throw "name forced") ]
