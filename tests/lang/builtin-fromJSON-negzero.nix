# "-0" is the integer 0; "-0.0" and "-0e0" are negative zero floats.
let
  a = builtins.fromJSON "-0";
  b = builtins.fromJSON "-0.0";
  c = builtins.fromJSON "-0e0";
in [ (builtins.typeOf a) a (builtins.typeOf b) b c (builtins.toJSON [ a b c ]) (b == 0.0) ]
