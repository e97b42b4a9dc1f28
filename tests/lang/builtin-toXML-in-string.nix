# The result is an ordinary string.
let x = builtins.toXML [ 1 ]; in [ (builtins.typeOf x) (builtins.stringLength x) (builtins.substring 0 38 x) ]
