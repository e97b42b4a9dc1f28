builtins.toXML [ (x: x) (someArg: y: someArg) ]
